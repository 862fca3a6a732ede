package touchbase.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a touch-base repeats, and (once planned) on which day.
 *
 * <p>A cadence is <em>open</em> when only its {@link Kind} is known ("monthly"), which is what a
 * person picks for a colleague; the planner then <em>pins</em> it to a day: a weekday for weekly
 * kinds, an nth weekday of the month for monthly kinds ({@code nth} 1 to 4, or -1 for the last).
 * A pinned cadence renders to an RFC 5545 RRULE value (section 3.3.10) and {@link #parseRRule}
 * reads it back. The time of day and the week or month a series starts in come from its first
 * start (DTSTART), not from the rule.
 */
public record Cadence(Kind kind, Optional<DayOfWeek> day, int nth) {

    /** The frequencies a touch-base can have. */
    public enum Kind {
        WEEKLY("WEEKLY", 1, "weekly"),
        EVERY_TWO_WEEKS("WEEKLY", 2, "every two weeks"),
        MONTHLY("MONTHLY", 1, "monthly"),
        EVERY_TWO_MONTHS("MONTHLY", 2, "every two months"),
        QUARTERLY("MONTHLY", 3, "quarterly");

        private final String freq;
        private final int interval;
        private final String words;

        Kind(String freq, int interval, String words) {
            this.freq = freq;
            this.interval = interval;
            this.words = words;
        }

        /** The RRULE {@code FREQ} value: WEEKLY or MONTHLY. */
        public String freq() {
            return freq;
        }

        /** The RRULE {@code INTERVAL}: weeks or months between occurrences. */
        public int interval() {
            return interval;
        }

        public boolean isMonthly() {
            return freq.equals("MONTHLY");
        }

        /** Plain words for people, e.g. "every two weeks". */
        public String words() {
            return words;
        }
    }

    public Cadence {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(day, "day must not be null");
        if (!kind.isMonthly() && nth != 0) {
            throw new IllegalArgumentException("nth must be 0 for a " + kind.words() + " cadence, got " + nth);
        }
        if (kind.isMonthly() && day.isPresent() && !(nth == -1 || (nth >= 1 && nth <= 4))) {
            throw new IllegalArgumentException("nth must be 1 to 4 or -1 (last) for a " + kind.words()
                    + " cadence, got " + nth);
        }
        if (day.isEmpty() && nth != 0) {
            throw new IllegalArgumentException("nth must be 0 when no day is set, got " + nth);
        }
    }

    public static Cadence of(Kind kind) {
        return new Cadence(kind, Optional.empty(), 0);
    }

    public static Cadence weekly() {
        return of(Kind.WEEKLY);
    }

    public static Cadence everyTwoWeeks() {
        return of(Kind.EVERY_TWO_WEEKS);
    }

    public static Cadence monthly() {
        return of(Kind.MONTHLY);
    }

    public static Cadence everyTwoMonths() {
        return of(Kind.EVERY_TWO_MONTHS);
    }

    public static Cadence quarterly() {
        return of(Kind.QUARTERLY);
    }

    /** This weekly or two-weekly cadence pinned to a weekday. */
    public Cadence on(DayOfWeek weekday) {
        if (kind.isMonthly()) {
            throw new IllegalArgumentException("a " + kind.words() + " cadence needs an nth weekday: use on(nth, day)");
        }
        return new Cadence(kind, Optional.of(weekday), 0);
    }

    /** This monthly kind pinned to the nth weekday of the month (1 to 4, or -1 for the last). */
    public Cadence on(int nthOfMonth, DayOfWeek weekday) {
        if (!kind.isMonthly()) {
            throw new IllegalArgumentException("a " + kind.words() + " cadence takes a weekday only: use on(day)");
        }
        return new Cadence(kind, Optional.of(weekday), nthOfMonth);
    }

    /** This cadence without its day: what a person picks before planning. */
    public Cadence open() {
        return of(kind);
    }

    public boolean isPinned() {
        return day.isPresent();
    }

    /**
     * This cadence pinned to {@code date}: its weekday, and for monthly kinds its nth weekday (a
     * fifth one counts as the last). A pinned cadence stays as it is.
     */
    public Cadence pinnedTo(LocalDate date) {
        if (isPinned()) {
            return this;
        }
        if (!kind.isMonthly()) {
            return on(date.getDayOfWeek());
        }
        int nthOfMonth = (date.getDayOfMonth() - 1) / 7 + 1;
        return on(nthOfMonth > 4 ? -1 : nthOfMonth, date.getDayOfWeek());
    }

    /** The day of {@code month} this pinned monthly cadence falls on, e.g. its last Friday. */
    public LocalDate dayIn(YearMonth month) {
        if (!kind.isMonthly() || day.isEmpty()) {
            throw new IllegalStateException("only a pinned monthly cadence has a day in a month, this is " + describe());
        }
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day.get()));
    }

    /**
     * The RFC 5545 RRULE value without the {@code RRULE:} prefix, e.g. {@code FREQ=MONTHLY;BYDAY=2TU}
     * or {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU}. Google Calendar wants it as {@code "RRULE:" + toRRule()}.
     */
    public String toRRule() {
        return RRuleText.write(this);
    }

    /**
     * Reads an RRULE value (with or without the {@code RRULE:} prefix) that one of the five kinds
     * would write.
     *
     * @throws IllegalArgumentException naming what is wrong and listing rules that would parse
     */
    public static Cadence parseRRule(String rrule) {
        return RRuleText.read(rrule, false).cadence();
    }

    /**
     * Reads a cadence from short words, as in a CSV import: "weekly", "biweekly", "fortnightly",
     * "every two weeks", "monthly", "bimonthly", "every two months", "quarterly" (any case), or an
     * RRULE ({@code FREQ=...}).
     *
     * @throws IllegalArgumentException listing the words that would parse
     */
    public static Cadence parse(String text) {
        return CadenceWords.parse(text);
    }

    /** Plain words, e.g. "monthly on the last Friday" or "every two weeks on Tuesday". */
    public String describe() {
        return CadenceWords.describe(this);
    }
}
