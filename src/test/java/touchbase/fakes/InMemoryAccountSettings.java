package touchbase.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import touchbase.account.AccountSettingsStore;
import touchbase.domain.AccountSettings;

public final class InMemoryAccountSettings implements AccountSettingsStore {

    private final Map<String, AccountSettings> settings = new HashMap<>();

    @Override
    public synchronized Optional<AccountSettings> find(String accountId) {
        return Optional.ofNullable(settings.get(accountId));
    }

    @Override
    public synchronized void save(String accountId, AccountSettings value) {
        settings.put(accountId, value);
    }
}
