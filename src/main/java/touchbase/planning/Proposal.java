package touchbase.planning;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

/**
 * The planner's answer for one colleague: either a {@link Placed} recurring touch-base, or
 * {@link CannotPlace} with the reason in words. Never an empty answer.
 */
public sealed interface Proposal permits Proposal.Placed, Proposal.CannotPlace {

    Colleague colleague();

    /** One line for people, e.g. "every two weeks on Tuesday at 10:00 (Europe/Berlin): 13 of 13 free". */
    String reason();

    boolean isPlaced();

    /**
     * A recurring touch-base: the pinned cadence (see {@link #rrule()}), the first regular start
     * (DTSTART, in the account's zone), every occurrence over the horizon with its status, and a
     * score from 0 to 100 (FREE counts 1, MOVED and UNKNOWN one half, SKIPPED 0, averaged over the
     * occurrences). {@code colleagueFreeBusyUnknown} says the colleague's calendar could not be read
     * and the slot was chosen on the account's calendar alone.
     */
    record Placed(
            Colleague colleague,
            Cadence cadence,
            ZonedDateTime firstStart,
            Duration duration,
            List<ProposedOccurrence> occurrences,
            int score,
            String reason,
            boolean colleagueFreeBusyUnknown) implements Proposal {

        public Placed {
            Objects.requireNonNull(colleague, "colleague must not be null");
            Objects.requireNonNull(cadence, "cadence must not be null");
            if (!cadence.isPinned()) {
                throw new IllegalArgumentException("cadence must be pinned to a day, got " + cadence.describe());
            }
            Objects.requireNonNull(firstStart, "firstStart must not be null");
            Objects.requireNonNull(duration, "duration must not be null");
            occurrences = List.copyOf(Objects.requireNonNull(occurrences, "occurrences must not be null"));
            if (occurrences.isEmpty()) {
                throw new IllegalArgumentException("occurrences must not be empty");
            }
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("score must be 0 to 100, got " + score);
            }
            Objects.requireNonNull(reason, "reason must not be null");
        }

        /** The RFC 5545 RRULE value, e.g. {@code FREQ=MONTHLY;BYDAY=2TU}; DTSTART is {@link #firstStart()}. */
        public String rrule() {
            return cadence.toRRule();
        }

        public long count(OccurrenceStatus status) {
            return occurrences.stream().filter(o -> o.status() == status).count();
        }

        @Override
        public boolean isPlaced() {
            return true;
        }
    }

    /** Nothing could be placed; the reason says why, e.g. "no common working hours: ...". */
    record CannotPlace(Colleague colleague, String reason) implements Proposal {

        public CannotPlace {
            Objects.requireNonNull(colleague, "colleague must not be null");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
        }

        @Override
        public boolean isPlaced() {
            return false;
        }
    }
}
