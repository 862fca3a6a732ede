package touchbase.booking;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a whole series to change; absent fields are left as they are. A new start needs its
 * duration, and a new rule is the bare rule like {@link SeriesInvite#rrule()} (to end a series before
 * an instance, give it an UNTIL).
 */
public record SeriesChange(
        Optional<String> summary,
        Optional<String> description,
        Optional<String> rrule,
        Optional<ZonedDateTime> start,
        Optional<Duration> duration) {

    public SeriesChange {
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(rrule, "rrule must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        if (start.isPresent() != duration.isPresent()) {
            throw new IllegalArgumentException("start and duration must be changed together");
        }
    }

    public static SeriesChange none() {
        return new SeriesChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SeriesChange withSummary(String newSummary) {
        return new SeriesChange(Optional.of(newSummary), description, rrule, start, duration);
    }

    public SeriesChange withDescription(String newDescription) {
        return new SeriesChange(summary, Optional.of(newDescription), rrule, start, duration);
    }

    public SeriesChange withRrule(String newRrule) {
        return new SeriesChange(summary, description, Optional.of(newRrule), start, duration);
    }

    public SeriesChange withTime(ZonedDateTime newStart, Duration newDuration) {
        return new SeriesChange(summary, description, rrule, Optional.of(newStart), Optional.of(newDuration));
    }
}
