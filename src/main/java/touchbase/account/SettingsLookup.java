package touchbase.account;

import java.util.Optional;
import java.util.function.Function;

import java.time.ZoneId;
import java.util.Objects;
import touchbase.domain.AccountSettings;

/**
 * An account's settings, or, for an account that never saved any, the defaults in the account's
 * own time zone (from its Google calendar), or in a fallback zone when that is unknown.
 */
public final class SettingsLookup {

    private final AccountSettingsStore store;
    private final Function<String, Optional<ZoneId>> accountZone;
    private final ZoneId fallbackZone;

    public SettingsLookup(AccountSettingsStore store, ZoneId fallbackZone) {
        this(store, accountId -> Optional.empty(), fallbackZone);
    }

    public SettingsLookup(AccountSettingsStore store, Function<String, Optional<ZoneId>> accountZone, ZoneId fallbackZone) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.accountZone = Objects.requireNonNull(accountZone, "accountZone must not be null");
        this.fallbackZone = Objects.requireNonNull(fallbackZone, "fallbackZone must not be null");
    }

    public AccountSettings of(String accountId) {
        return store.find(accountId).orElseGet(() -> AccountSettings.defaults(accountZone.apply(accountId).orElse(fallbackZone)));
    }
}
