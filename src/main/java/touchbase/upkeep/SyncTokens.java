package touchbase.upkeep;

import java.util.Optional;

/** Port: where incremental sync with Google left off, per account and calendar. */
public interface SyncTokens {

    Optional<String> find(String accountId, String calendarId);

    void save(String accountId, String calendarId, String syncToken);

    /** Forgets the token (after Google answered 410 fullSyncRequired). */
    void clear(String accountId, String calendarId);
}
