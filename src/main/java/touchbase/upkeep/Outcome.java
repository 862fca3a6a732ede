package touchbase.upkeep;

import java.time.ZonedDateTime;
import java.util.Objects;

/** What a recheck does about one {@link Finding} for an upcoming occurrence. */
public sealed interface Outcome {

    /** Moved to {@code to}, the nearest free start in its week or month. */
    record Moved(ZonedDateTime to, String reason) implements Outcome {
        public Moved {
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** Left in place for the person to decide (no free slot, or declined after a move). */
    record Flagged(String reason) implements Outcome {
        public Flagged {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** No free slot, and the recheck was built to skip such occurrences: it is cancelled. */
    record Skipped(String reason) implements Outcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** Nothing to do, or nothing that can be done (the calendar could not be read). */
    record Left(Finding finding) implements Outcome {
        public Left {
            Objects.requireNonNull(finding, "finding must not be null");
        }
    }
}
