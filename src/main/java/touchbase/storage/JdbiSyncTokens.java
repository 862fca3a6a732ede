package touchbase.storage;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.upkeep.SyncTokens;

/** Google sync tokens in {@code calendar_sync_state}, one per account and calendar. */
public final class JdbiSyncTokens implements SyncTokens {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiSyncTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<String> find(String accountId, String calendarId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sync_token FROM calendar_sync_state "
                        + "WHERE account_id = :account AND calendar_id = :calendar AND sync_token IS NOT NULL")
                .bind("account", accountId)
                .bind("calendar", calendarId)
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void save(String accountId, String calendarId, String syncToken) {
        Objects.requireNonNull(syncToken, "syncToken must not be null");
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO calendar_sync_state (account_id, calendar_id, sync_token, "
                        + "synced_at) VALUES (:account, :calendar, :token, :now) ON CONFLICT (account_id, calendar_id) "
                        + "DO UPDATE SET sync_token = excluded.sync_token, synced_at = excluded.synced_at")
                .bind("account", accountId)
                .bind("calendar", calendarId)
                .bind("token", syncToken)
                .bind("now", Timestamps.text(clock.instant()))
                .execute());
    }

    @Override
    public void clear(String accountId, String calendarId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM calendar_sync_state "
                        + "WHERE account_id = :account AND calendar_id = :calendar")
                .bind("account", accountId)
                .bind("calendar", calendarId)
                .execute());
    }
}
