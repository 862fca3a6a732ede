package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import touchbase.booking.CalendarWrite;

/**
 * Rows of {@code outbox}: one pending calendar write each, kind as its enum name, the times in
 * {@link OutboxPayload}. Writes are listed oldest first; writes queued at the same instant in the
 * order they were queued ({@code queue_position}, taken as the dialect says so that concurrent writers
 * never share one).
 */
final class OutboxRows {

    private static final String PENDING = "pending";
    private static final String SELECT = "SELECT * FROM outbox WHERE status = '" + PENDING + "' ";
    private static final String OLDEST_FIRST = " ORDER BY created_at, queue_position, id";

    private OutboxRows() {
    }

    static void insert(Handle h, CalendarWrite w, Instant now) {
        h.createUpdate("INSERT INTO outbox (id, account_id, series_id, kind, payload, status, attempts, "
                        + "next_attempt_at, last_error, created_at, updated_at, queue_position) VALUES (:id, :account, "
                        + ":series, :kind, :payload, :status, :attempts, :next, :error, :created, :now, "
                        + SqlDialect.of(h).nextOutboxQueuePosition() + ")")
                .bind("id", w.id())
                .bind("account", w.accountId())
                .bind("series", w.seriesId())
                .bind("kind", w.kind().name())
                .bind("payload", OutboxPayload.of(w).text())
                .bind("status", PENDING)
                .bind("attempts", w.attempts())
                .bind("next", Timestamps.text(w.nextAttemptAt()))
                .bind("error", w.lastError().orElse(null))
                .bind("created", Timestamps.text(w.createdAt()))
                .bind("now", Timestamps.text(now))
                .execute();
    }

    static List<CalendarWrite> due(Handle h, Instant now, int limit) {
        return h.createQuery(SELECT + "AND next_attempt_at <= :now" + OLDEST_FIRST + " LIMIT :limit")
                .bind("now", Timestamps.text(now))
                .bind("limit", limit)
                .map(OutboxRows::map)
                .list();
    }

    /**
     * Claims due writes for one worker in the caller's transaction: locks them (skipping rows another
     * worker has locked, as the dialect allows) and moves their next attempt to {@code leaseUntil}, so
     * no other worker sees them due before then. Returns them as they were before the claim.
     */
    static List<CalendarWrite> claimDue(Handle h, Instant now, Instant leaseUntil, int limit) {
        List<CalendarWrite> due = h.createQuery(SELECT + "AND next_attempt_at <= :now" + OLDEST_FIRST + " LIMIT :limit"
                        + SqlDialect.of(h).lockRowsSkippingLocked())
                .bind("now", Timestamps.text(now))
                .bind("limit", limit)
                .map(OutboxRows::map)
                .list();
        for (CalendarWrite write : due) {
            h.createUpdate("UPDATE outbox SET next_attempt_at = :until WHERE account_id = :account AND id = :id")
                    .bind("until", Timestamps.text(leaseUntil))
                    .bind("account", write.accountId())
                    .bind("id", write.id())
                    .execute();
        }
        return due;
    }

    static List<CalendarWrite> forSeries(Handle h, String accountId, String seriesId) {
        return h.createQuery(SELECT + "AND account_id = :account AND series_id = :series" + OLDEST_FIRST)
                .bind("account", accountId)
                .bind("series", seriesId)
                .map(OutboxRows::map)
                .list();
    }

    static java.util.Set<String> seriesPending(Handle h, String accountId) {
        return h.createQuery("SELECT DISTINCT series_id FROM outbox WHERE status = '" + PENDING
                        + "' AND account_id = :account")
                .bind("account", accountId)
                .mapTo(String.class)
                .set();
    }

    static void reschedule(Handle h, CalendarWrite w, Instant now) {
        h.createUpdate("UPDATE outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error, "
                        + "updated_at = :now WHERE account_id = :account AND id = :id")
                .bind("account", w.accountId())
                .bind("attempts", w.attempts())
                .bind("next", Timestamps.text(w.nextAttemptAt()))
                .bind("error", w.lastError().orElse(null))
                .bind("now", Timestamps.text(now))
                .bind("id", w.id())
                .execute();
    }

    static void resume(Handle h, String accountId, Instant now) {
        h.createUpdate("UPDATE outbox SET next_attempt_at = :now, updated_at = :now WHERE account_id = :account "
                        + "AND next_attempt_at > :now")
                .bind("account", accountId).bind("now", Timestamps.text(now)).execute();
    }

    static void delete(Handle h, String accountId, String writeId) {
        h.createUpdate("DELETE FROM outbox WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", writeId).execute();
    }

    private static CalendarWrite map(ResultSet row, StatementContext ctx) throws SQLException {
        OutboxPayload payload = OutboxPayload.parse(row.getString("payload"));
        return new CalendarWrite(
                row.getString("id"),
                row.getString("account_id"),
                row.getString("series_id"),
                CalendarWrite.Kind.valueOf(row.getString("kind")),
                payload.occurrence(),
                payload.newStart(),
                row.getInt("attempts"),
                Timestamps.instant(row.getString("next_attempt_at")),
                Optional.ofNullable(row.getString("last_error")),
                Timestamps.instant(row.getString("created_at")));
    }
}
