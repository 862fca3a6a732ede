package touchbase.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import touchbase.upkeep.SyncTokens;

public final class InMemorySyncTokens implements SyncTokens {

    private final Map<String, String> tokens = new HashMap<>();

    @Override
    public synchronized Optional<String> find(String accountId, String calendarId) {
        return Optional.ofNullable(tokens.get(accountId + "|" + calendarId));
    }

    @Override
    public synchronized void save(String accountId, String calendarId, String syncToken) {
        tokens.put(accountId + "|" + calendarId, syncToken);
    }

    @Override
    public synchronized void clear(String accountId, String calendarId) {
        tokens.remove(accountId + "|" + calendarId);
    }
}
