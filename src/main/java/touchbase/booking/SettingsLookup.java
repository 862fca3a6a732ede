package touchbase.booking;

import java.time.ZoneId;
import java.util.Objects;
import touchbase.domain.AccountSettings;

/** An account's settings, or the defaults in a fallback zone for an account that never saved any. */
public final class SettingsLookup {

    private final AccountSettingsStore store;
    private final ZoneId fallbackZone;

    public SettingsLookup(AccountSettingsStore store, ZoneId fallbackZone) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.fallbackZone = Objects.requireNonNull(fallbackZone, "fallbackZone must not be null");
    }

    public AccountSettings of(String accountId) {
        return store.find(accountId).orElseGet(() -> AccountSettings.defaults(fallbackZone));
    }
}
