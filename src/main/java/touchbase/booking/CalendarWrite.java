package touchbase.booking;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One write to Google Calendar that Touchbase has decided on but Google has not confirmed yet:
 * an outbox entry. It is stored in the same transaction as the decision, and a worker carries it
 * out; a crash in between only delays it, and replaying it is safe because event ids are derived
 * from the series id.
 */
public record CalendarWrite(
        String id,
        String accountId,
        String seriesId,
        Kind kind,
        Optional<ZonedDateTime> occurrence,
        Optional<ZonedDateTime> newStart,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Instant createdAt) {

    /** What to do on Google. */
    public enum Kind {
        /** Insert the recurring event for the series. */
        INSERT_SERIES,
        /** Move the occurrence at {@code occurrence} to {@code newStart}. */
        MOVE_OCCURRENCE,
        /** Cancel the occurrence at {@code occurrence}. */
        CANCEL_OCCURRENCE,
        /** End the series before {@code occurrence} (patch its rule with UNTIL): "this and following". */
        END_SERIES,
        /** Delete the whole series; Google sends the cancellation to the colleague. */
        DELETE_SERIES
    }

    public CalendarWrite {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(occurrence, "occurrence must not be null");
        Objects.requireNonNull(newStart, "newStart must not be null");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt must not be null");
        Objects.requireNonNull(lastError, "lastError must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        if ((kind == Kind.MOVE_OCCURRENCE || kind == Kind.CANCEL_OCCURRENCE || kind == Kind.END_SERIES)
                && occurrence.isEmpty()) {
            throw new IllegalArgumentException("occurrence must be set for " + kind);
        }
        if (kind == Kind.MOVE_OCCURRENCE && newStart.isEmpty()) {
            throw new IllegalArgumentException("newStart must be set for " + kind);
        }
    }

    public static CalendarWrite of(String id, String accountId, String seriesId, Kind kind,
            Optional<ZonedDateTime> occurrence, Optional<ZonedDateTime> newStart, Instant now) {
        return new CalendarWrite(id, accountId, seriesId, kind, occurrence, newStart, 0, now, Optional.empty(), now);
    }

    /** The same write, tried once more later after {@code error}. */
    public CalendarWrite retryAt(Instant when, String error) {
        return new CalendarWrite(id, accountId, seriesId, kind, occurrence, newStart, attempts + 1, when,
                Optional.of(error), createdAt);
    }
}
