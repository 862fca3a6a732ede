package touchbase.account;

import java.util.Optional;
import touchbase.domain.AccountSettings;

/** Port: each account's planning preferences. */
public interface AccountSettingsStore {

    /** The stored settings; empty for an account that never saved any (use the defaults in its zone). */
    Optional<AccountSettings> find(String accountId);

    void save(String accountId, AccountSettings settings);
}
