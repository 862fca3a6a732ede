package touchbase.planning;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
     *
     * <p>The series starts on its first held occurrence: {@code firstStart} is that occurrence's
     * regular start, and occurrences before it (skipped ones, listed to say why) are not part of the
     * series (see {@link #seriesOccurrences()}). {@link #firstTouchBase()} is when the first one
     * really takes place. A {@code stretch} says the two people share no working hours and this
     * slot lies outside them: it is booked only with the person's consent.
     */
    record Placed(
            Colleague colleague,
            Cadence cadence,
            ZonedDateTime firstStart,
            Duration duration,
            List<ProposedOccurrence> occurrences,
            int score,
            String reason,
            boolean colleagueFreeBusyUnknown,
            Optional<Stretch> stretch) implements Proposal {

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
            Objects.requireNonNull(stretch, "stretch must not be null");
            if (occurrences.stream().noneMatch(o -> o.isHeld() && o.regularStart().equals(firstStart))) {
                throw new IllegalArgumentException("firstStart must be the regular start of a held occurrence, got "
                        + firstStart);
            }
            if (occurrences.stream().anyMatch(o -> o.isHeld() && o.regularStart().isBefore(firstStart))) {
                throw new IllegalArgumentException("firstStart must be the first held occurrence, got " + firstStart);
            }
        }

        /** A proposal within both people's working hours. */
        public Placed(Colleague colleague, Cadence cadence, ZonedDateTime firstStart, Duration duration,
                List<ProposedOccurrence> occurrences, int score, String reason, boolean colleagueFreeBusyUnknown) {
            this(colleague, cadence, firstStart, duration, occurrences, score, reason, colleagueFreeBusyUnknown,
                    Optional.empty());
        }

        /** When the first touch-base takes place: the first held occurrence, where it was moved to. */
        public ZonedDateTime firstTouchBase() {
            return seriesOccurrences().get(0).start();
        }

        /** The occurrences of the series itself: from {@link #firstStart()} on. */
        public List<ProposedOccurrence> seriesOccurrences() {
            return occurrences.stream().filter(o -> !o.regularStart().isBefore(firstStart)).toList();
        }

        /**
         * Why the slot was chosen without the colleague's calendar, in words, when
         * {@link #colleagueFreeBusyUnknown()}; booking it still works.
         */
        public Optional<String> colleagueFreeBusyReason() {
            if (!colleagueFreeBusyUnknown) {
                return Optional.empty();
            }
            String why = occurrences.stream().filter(o -> o.status() == OccurrenceStatus.UNKNOWN)
                    .map(ProposedOccurrence::note).findFirst()
                    .orElse(colleague.displayName() + "'s free/busy is unknown");
            return Optional.of(why + ", so the time was chosen on your calendar alone");
        }

        public boolean isStretch() {
            return stretch.isPresent();
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

    /**
     * A slot outside working hours, for two people who share none: how many minutes it stretches
     * their working days in all (at the worst occurrence), by how much each one's ({@code yours},
     * {@code theirs}), who is outside their hours (in words: "you", the colleague's name) and one line
     * saying so.
     */
    record Stretch(int minutesOutsideHours, int yours, int theirs, List<String> who, String words) {

        public Stretch {
            if (minutesOutsideHours <= 0 || yours < 0 || theirs < 0) {
                throw new IllegalArgumentException("minutesOutsideHours must be positive and yours, theirs not negative");
            }
            who = List.copyOf(Objects.requireNonNull(who, "who must not be null"));
            Objects.requireNonNull(words, "words must not be null");
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
