package touchbase.colleagues;

import java.util.Objects;
import touchbase.domain.Colleague;

/** A colleague after {@link ColleagueBook#add}: a new one, or an existing one with the same email, updated. */
public record ColleagueSaved(Colleague colleague, Outcome outcome) {

    public enum Outcome { ADDED, UPDATED }

    public ColleagueSaved {
        Objects.requireNonNull(colleague, "colleague must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
    }
}
