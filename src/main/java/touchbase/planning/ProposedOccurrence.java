package touchbase.planning;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import touchbase.domain.Interval;

/**
 * One occurrence of a proposed series, in the account's zone: its regular start (from the rule), the
 * start it is proposed at (the same unless {@link OccurrenceStatus#MOVED}), and for anything but
 * FREE a few words why (e.g. "clashes with ana@example.com's calendar").
 */
public record ProposedOccurrence(
        ZonedDateTime regularStart, ZonedDateTime start, Duration duration, OccurrenceStatus status, String note) {

    public ProposedOccurrence {
        Objects.requireNonNull(regularStart, "regularStart must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(note, "note must not be null");
        if (status != OccurrenceStatus.MOVED && !start.equals(regularStart)) {
            throw new IllegalArgumentException("start must equal regularStart unless MOVED, got " + status);
        }
    }

    /** When it takes place on the time line (meaningless for a skipped occurrence: check status). */
    public Interval interval() {
        return Interval.of(start.toInstant(), duration);
    }

    public boolean isHeld() {
        return status.isHeld();
    }
}
