package touchbase.planning;

import java.util.Objects;
import touchbase.domain.Interval;

/**
 * A touch-base already on the account's calendar (one occurrence of an existing series). It counts
 * against the caps and the load, and the account is busy then. Leave out the series of a colleague
 * being re-planned, or it will block itself.
 */
public record BookedOccurrence(String colleagueId, Interval when) {

    public BookedOccurrence {
        Objects.requireNonNull(colleagueId, "colleagueId must not be null");
        Objects.requireNonNull(when, "when must not be null");
    }
}
