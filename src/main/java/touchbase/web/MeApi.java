package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import touchbase.account.AccountSettingsStore;
import touchbase.domain.AccountProfile;
import touchbase.domain.AccountSettings;

/**
 * {@code GET /api/me}: who is signed in, their preferences, the CSRF token for state-changing
 * calls and whether this is demo mode; {@code PUT /api/me/preferences} changes the preferences.
 */
final class MeApi {

    private final AccountSettingsStore settings;
    private final boolean demoMode;

    MeApi(AccountSettingsStore settings, boolean demoMode) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.demoMode = demoMode;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/me", this::me);
        routes.put("/api/me/preferences", this::updatePreferences);
    }

    /** The stored settings, or the defaults in the account's own time zone. */
    AccountSettings settingsOf(AccountProfile account) {
        return settings.find(account.id()).orElseGet(() -> AccountSettings.defaults(account.timeZone()));
    }

    private void me(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        ctx.json(meJson(caller, settingsOf(caller.account())));
    }

    private void updatePreferences(Context ctx) {
        ApiCaller caller = ApiGuard.caller(ctx);
        AccountSettings updated = PreferencesJson.read(JsonBody.parse(ctx.body()), settingsOf(caller.account()));
        settings.save(caller.accountId(), updated);
        ctx.json(meJson(caller, updated));
    }

    private Map<String, Object> meJson(ApiCaller caller, AccountSettings current) {
        AccountProfile account = caller.account();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.id());
        json.put("email", account.email());
        json.put("displayName", account.displayName().orElse(account.email()));
        json.put("connected", account.isConnected());
        json.put("demo", demoMode);
        json.put("csrfToken", caller.session().csrfToken());
        json.putAll(PreferencesJson.write(current));
        return json;
    }
}
