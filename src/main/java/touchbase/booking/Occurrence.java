package touchbase.booking;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Interval;
import touchbase.domain.OccurrenceChange;

/**
 * One occurrence of a series as Touchbase knows it: where the rule puts it ({@code originalStart},
 * Google's originalStartTime), where it takes place ({@code start}, the same unless moved), and the
 * change that moved or skipped it, if any.
 */
public record Occurrence(
        String seriesId, ZonedDateTime originalStart, ZonedDateTime start, Duration duration,
        Optional<OccurrenceChange> change) {

    public Occurrence {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(originalStart, "originalStart must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(change, "change must not be null");
    }

    /** Whether it takes place (at its regular or moved time). */
    public boolean isHeld() {
        return change.map(c -> c.kind() == OccurrenceChange.Kind.MOVED).orElse(true);
    }

    public boolean isMoved() {
        return change.map(c -> c.kind() == OccurrenceChange.Kind.MOVED).orElse(false);
    }

    public Interval interval() {
        return Interval.of(start.toInstant(), duration);
    }

    public Interval originalInterval() {
        return Interval.of(originalStart.toInstant(), duration);
    }
}
