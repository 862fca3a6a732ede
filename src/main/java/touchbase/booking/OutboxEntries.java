package touchbase.booking;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes outbox entries whose ids sort in the order they were decided: the queue time in
 * milliseconds, then a counter, then a random part. Together with {@code createdAt} this keeps the
 * writes of one decision (insert the series, then move an occurrence) in order even when they share
 * a timestamp.
 */
public final class OutboxEntries {

    private static final AtomicLong COUNTER = new AtomicLong();

    private OutboxEntries() {
    }

    public static CalendarWrite write(String accountId, String seriesId, CalendarWrite.Kind kind,
            Optional<ZonedDateTime> occurrence, Optional<ZonedDateTime> newStart, Instant now) {
        return CalendarWrite.of(nextId(now), accountId, seriesId, kind, occurrence, newStart, now);
    }

    public static CalendarWrite insert(String accountId, String seriesId, Instant now) {
        return write(accountId, seriesId, CalendarWrite.Kind.INSERT_SERIES, Optional.empty(), Optional.empty(), now);
    }

    public static CalendarWrite move(String accountId, String seriesId, ZonedDateTime original, ZonedDateTime to, Instant now) {
        return write(accountId, seriesId, CalendarWrite.Kind.MOVE_OCCURRENCE, Optional.of(original), Optional.of(to), now);
    }

    public static CalendarWrite cancel(String accountId, String seriesId, ZonedDateTime original, Instant now) {
        return write(accountId, seriesId, CalendarWrite.Kind.CANCEL_OCCURRENCE, Optional.of(original), Optional.empty(), now);
    }

    public static String nextId(Instant now) {
        return String.format("%013x-%012x-%s", Math.max(0, now.toEpochMilli()), COUNTER.incrementAndGet(),
                UUID.randomUUID().toString().substring(0, 8));
    }
}
