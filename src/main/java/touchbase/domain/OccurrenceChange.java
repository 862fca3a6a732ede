package touchbase.domain;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a series that does not happen where the rule puts it: moved to
 * {@code newStart}, or skipped. On Google it is an instance exception (RFC 5545 §3.8.4.4
 * RECURRENCE-ID); {@code originalStart} identifies the instance.
 */
public record OccurrenceChange(
        String seriesId, ZonedDateTime originalStart, Kind kind, Optional<ZonedDateTime> newStart, String reason) {

    public enum Kind { MOVED, SKIPPED }

    public OccurrenceChange {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(originalStart, "originalStart must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(newStart, "newStart must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (kind == Kind.MOVED && newStart.isEmpty()) {
            throw new IllegalArgumentException("newStart must be set for a moved occurrence");
        }
        if (kind == Kind.SKIPPED && newStart.isPresent()) {
            throw new IllegalArgumentException("newStart must be empty for a skipped occurrence");
        }
    }

    public static OccurrenceChange moved(String seriesId, ZonedDateTime originalStart, ZonedDateTime to, String reason) {
        return new OccurrenceChange(seriesId, originalStart, Kind.MOVED, Optional.of(to), reason);
    }

    public static OccurrenceChange skipped(String seriesId, ZonedDateTime originalStart, String reason) {
        return new OccurrenceChange(seriesId, originalStart, Kind.SKIPPED, Optional.empty(), reason);
    }
}
