package touchbase.colleagues;

import java.util.Objects;
import touchbase.domain.Colleague;

/**
 * A colleague after {@link ColleagueBook#add}: a new one, or an existing one with the same email,
 * updated. {@code zoneNote} says how a zone that was not given was found (inferred or assumed, and
 * how sure), or is empty.
 */
public record ColleagueSaved(Colleague colleague, Outcome outcome, String zoneNote) {

    public enum Outcome { ADDED, UPDATED }

    public ColleagueSaved {
        Objects.requireNonNull(colleague, "colleague must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(zoneNote, "zoneNote must not be null");
    }

    public ColleagueSaved(Colleague colleague, Outcome outcome) {
        this(colleague, outcome, "");
    }
}
