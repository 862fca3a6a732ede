package touchbase.account;

import java.util.Objects;
import java.util.function.UnaryOperator;
import touchbase.domain.AccountSettings;

/** Reads and changes the signed-in account's planning preferences. */
public final class AccountPreferences {

    private final SettingsLookup lookup;
    private final AccountSettingsStore store;

    public AccountPreferences(SettingsLookup lookup, AccountSettingsStore store) {
        this.lookup = Objects.requireNonNull(lookup, "lookup must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /** The saved preferences, or the defaults in the account's time zone. */
    public AccountSettings of(String accountId) {
        return lookup.of(accountId);
    }

    /** Applies {@code change} to the current preferences, saves and returns the result. */
    public AccountSettings change(String accountId, UnaryOperator<AccountSettings> change) {
        AccountSettings updated = Objects.requireNonNull(change.apply(of(accountId)), "changed settings must not be null");
        store.save(accountId, updated);
        return updated;
    }
}
