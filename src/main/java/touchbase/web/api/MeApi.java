package touchbase.web.api;

import io.javalin.http.Context;
import java.util.Objects;
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
    private final boolean demoMode;

    public MeApi(AccountPreferences preferences, boolean demoMode) {
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
        this.demoMode = demoMode;
    }

    public void me(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        ctx.json(MeAnswers.Me.of(caller, demoMode, preferences.of(caller.accountId())));
    }

    public void updatePreferences(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        JsonBody body = JsonBody.parse(ctx.body());
        AccountSettings updated = preferences.change(caller.accountId(), current -> PreferencesInput.read(body, current));
        ctx.json(MeAnswers.Me.of(caller, demoMode, updated));
    }
}
