package touchbase.web.api;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.LastContacts;
import touchbase.account.AccountPreferences;
import touchbase.domain.AccountSettings;
import touchbase.web.ApiCaller;
import touchbase.web.ApiGuard;
import touchbase.web.JsonBody;

/**
 * {@code GET /api/me}: who is signed in, their preferences, the CSRF token for state-changing
 * calls and whether this is demo mode; {@code PUT /api/me/preferences} changes the preferences.
 */
public final class MeApi {

    private final AccountPreferences preferences;
    private final Optional<LastContacts> contacts;
    private final boolean demoMode;

    public MeApi(AccountPreferences preferences, boolean demoMode) {
        this(preferences, Optional.empty(), demoMode);
    }

    /** With last contact, whose preferences ({@code showMeetingTitles}, {@code graceDays}) are answered and changed too. */
    public MeApi(AccountPreferences preferences, Optional<LastContacts> contacts, boolean demoMode) {
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
        this.contacts = Objects.requireNonNull(contacts, "contacts must not be null");
        this.demoMode = demoMode;
    }

    public void me(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        ctx.json(MeAnswers.Me.of(caller, demoMode, preferences.of(caller.accountId()),
                contacts.map(c -> c.preferences(caller.accountId())).orElse(null)));
    }

    public void updatePreferences(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        JsonBody body = JsonBody.parse(ctx.body());
        Optional<Boolean> titles = body.bool("showMeetingTitles");
        Optional<Integer> grace = body.integer("graceDays", 0, 365);
        AccountSettings updated = preferences.change(caller.accountId(), current -> PreferencesInput.read(body, current));
        ContactPreferences contact = contacts.map(c -> c.changePreferences(caller.accountId(), current -> current
                .withShowMeetingTitles(titles.orElse(current.showMeetingTitles()))
                .withGraceDays(grace.orElse(current.graceDays())))).orElse(null);
        ctx.json(MeAnswers.Me.of(caller, demoMode, updated, contact));
    }
}
