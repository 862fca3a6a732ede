package touchbase.google.emulator.oauth;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Google scope names. Tokens hold full scope URLs ({@code email} and {@code profile} become the
 * {@code userinfo.*} URLs in the token response, as Google answers); method checks use the short
 * names listed per method in the Calendar discovery document.
 */
public final class Scopes {

    public static final String PREFIX = "https://www.googleapis.com/auth/";

    public static final List<String> EVENTS_WRITE = List.of("calendar", "calendar.app.created", "calendar.events",
            "calendar.events.owned");
    public static final List<String> EVENTS_READ = List.of("calendar", "calendar.app.created", "calendar.events",
            "calendar.events.freebusy", "calendar.events.owned", "calendar.events.owned.readonly",
            "calendar.events.public.readonly", "calendar.events.readonly", "calendar.readonly");
    public static final List<String> FREEBUSY = List.of("calendar", "calendar.events.freebusy", "calendar.freebusy",
            "calendar.readonly");
    public static final List<String> SETTINGS_READ = List.of("calendar", "calendar.readonly", "calendar.settings.readonly");
    public static final List<String> CALENDARS_READ = List.of("calendar", "calendar.app.created", "calendar.calendars",
            "calendar.calendars.readonly", "calendar.readonly");

    private static final Map<String, String> ALIASES = Map.of(
            "email", PREFIX + "userinfo.email",
            "profile", PREFIX + "userinfo.profile");

    private Scopes() {
    }

    /** The scope as Google reports it back: full URL, except {@code openid}. */
    public static String canonical(String scope) {
        if (ALIASES.containsKey(scope)) {
            return ALIASES.get(scope);
        }
        return scope.startsWith("https://") || scope.equals("openid") ? scope : PREFIX + scope;
    }

    public static String shortName(String scope) {
        if (scope.equals(PREFIX + "userinfo.email")) {
            return "email";
        }
        if (scope.equals(PREFIX + "userinfo.profile")) {
            return "profile";
        }
        return scope.startsWith(PREFIX) ? scope.substring(PREFIX.length()) : scope;
    }

    public static boolean anyOf(Collection<String> granted, List<String> accepted) {
        return granted.stream().map(Scopes::shortName).anyMatch(accepted::contains);
    }
}
