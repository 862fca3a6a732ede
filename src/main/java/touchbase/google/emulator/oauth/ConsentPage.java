package touchbase.google.emulator.oauth;

import java.util.List;
import java.util.Map;
import touchbase.google.emulator.seed.EmulatedPerson;

/** The one-click consent page: who signs in, which app, which scopes, and Allow / Deny. */
final class ConsentPage {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "openid", "Associate you with your personal info on Google",
            "email", "See your primary Google Account email address",
            "profile", "See your personal info, including any personal info you've made publicly available",
            "calendar.events", "View and edit events on all your calendars",
            "calendar.freebusy", "View your availability in your calendars",
            "calendar.events.freebusy", "See the availability on Google Calendars you have access to",
            "calendar.readonly", "See and download any calendar you can access using your Google Calendar",
            "calendar", "See, edit, share, and permanently delete all the calendars you can access using Google Calendar",
            "calendar.settings.readonly", "View your Calendar settings");

    private ConsentPage() {
    }

    static String render(EmulatedPerson person, String clientId, List<String> scopes, String pendingId, String action) {
        StringBuilder items = new StringBuilder();
        for (String scope : scopes) {
            String shortName = Scopes.shortName(scope);
            items.append("<li><strong>").append(escape(DESCRIPTIONS.getOrDefault(shortName, shortName)))
                    .append("</strong> <code>").append(escape(scope)).append("</code></li>\n");
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign in - Google Accounts (emulator)</title>
                <style>body{font-family:sans-serif;max-width:36rem;margin:3rem auto}button{font-size:1rem;padding:.5rem 1.5rem;margin-right:1rem}</style>
                </head><body>
                <h1>Google Account emulator</h1>
                <p>Signed in as <strong>%s</strong> (%s)</p>
                <p>The app <code>%s</code> wants to:</p>
                <ul>
                %s</ul>
                <form method="post" action="%s">
                <input type="hidden" name="request" value="%s">
                <button type="submit" name="decision" value="allow" id="allow">Allow</button>
                <button type="submit" name="decision" value="deny" id="deny">Deny</button>
                </form>
                </body></html>
                """.formatted(escape(person.name()), escape(person.email()), escape(clientId), items,
                escape(action), escape(pendingId));
    }

    static String error(String title, String detail) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body>
                <h1>Access blocked: %s</h1><p>%s</p></body></html>
                """.formatted(escape(title), escape(detail));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
