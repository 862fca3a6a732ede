package touchbase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a touch-base series repeats: a {@link Cadence} pinned to its day and, once the series was
 * ended by a reschedule, an {@code UNTIL} (RFC 5545 section 3.3.10: with a zoned DTSTART, UNTIL is
 * written in UTC and the last instance starts at or before it). It writes and reads its RRULE and
 * expands into the regular starts of the series: the rule's weekday (weekly kinds) or nth weekday
 * of the month (monthly kinds) at the wall-clock time of the first start, in its zone, so the time
 * stays put across daylight-saving changes.
 */
public record SeriesRule(Cadence cadence, Optional<Instant> until) {

    public SeriesRule {
        Objects.requireNonNull(cadence, "cadence must not be null");
        if (!cadence.isPinned()) {
            throw new IllegalArgumentException("cadence must be pinned to a day, got " + cadence.describe());
        }
        Objects.requireNonNull(until, "until must not be null");
    }

    /** A series that repeats until stopped on {@code cadence}, pinned to the day of {@code firstDate} if open. */
    public static SeriesRule of(Cadence cadence, LocalDate firstDate) {
        return new SeriesRule(cadence.pinnedTo(firstDate), Optional.empty());
    }

    /**
     * A rule that holds only {@code start}: the cadence pinned to its day with {@code UNTIL} at the start
     * itself (RFC 5545 section 3.3.10: UNTIL is inclusive), for a touch-base held once, such as a coffee
     * roulette's pair meeting. Google gets such a touch-base as a single event, without recurrence.
     */
    public static SeriesRule once(Cadence cadence, ZonedDateTime start) {
        return new SeriesRule(cadence.pinnedTo(start.toLocalDate()), Optional.of(start.toInstant()));
    }

    /** Whether the rule holds only the one start {@code firstStart} ({@link #once}). */
    public boolean holdsOnly(ZonedDateTime firstStart) {
        return until.filter(firstStart.toInstant()::equals).isPresent();
    }

    /**
     * Reads a bare RRULE as stored for a series, with or without UNTIL. A rule without a day is
     * pinned to the day of {@code firstStart}.
     *
     * @throws IllegalArgumentException naming what is wrong and listing rules that parse
     */
    public static SeriesRule parse(String rrule, ZonedDateTime firstStart) {
        Objects.requireNonNull(firstStart, "firstStart must not be null");
        RRuleText.Read read = RRuleText.read(rrule, true);
        return new SeriesRule(read.cadence().pinnedTo(firstStart.toLocalDate()), read.until());
    }

    /** The bare RRULE value, e.g. {@code FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T085959Z}. */
    public String toRRule() {
        return RRuleText.write(this);
    }

    /** Plain words, e.g. "monthly on the last Friday". */
    public String describe() {
        return cadence.describe();
    }

    /** The length of the period an occurrence may move within: "week" or "month". */
    public String period() {
        return cadence.kind().isMonthly() ? "month" : "week";
    }

    /** Whether a series starting on {@code date} fits the rule (the first start must be a regular start). */
    public boolean fallsOn(LocalDate date) {
        return firstDateOnOrAfter(date).equals(date);
    }

    /** The same rule ending with the last start strictly before {@code cut}. */
    public SeriesRule endingBefore(Instant cut) {
        return new SeriesRule(cadence, Optional.of(cut.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)));
    }

    /**
     * The regular starts of a series beginning at {@code firstStart}, from {@code from} (inclusive)
     * to {@code to} (exclusive), in the zone of {@code firstStart}.
     */
    public List<ZonedDateTime> starts(ZonedDateTime firstStart, Instant from, Instant to) {
        List<ZonedDateTime> starts = new ArrayList<>();
        LocalDate firstDate = firstStart.toLocalDate();
        int step = cadence.kind().interval();
        for (long k = unitsToSkip(firstDate, from.atZone(firstStart.getZone()).toLocalDate()); ; k++) {
            Optional<LocalDate> date = nthDate(firstDate, k * step);
            if (date.isEmpty()) {
                continue;
            }
            ZonedDateTime start = ZonedDateTime.of(date.get(), firstStart.toLocalTime(), firstStart.getZone());
            Instant instant = start.toInstant();
            if (!instant.isBefore(to) || until.filter(instant::isAfter).isPresent()) {
                return starts;
            }
            if (!instant.isBefore(from) && !instant.isBefore(firstStart.toInstant())) {
                starts.add(start);
            }
        }
    }

    /** How many steps of the rule lie wholly before {@code fromDate} (a day early, to be safe across zones). */
    private long unitsToSkip(LocalDate firstDate, LocalDate fromDate) {
        LocalDate dayBefore = fromDate.minusDays(1);
        if (!dayBefore.isAfter(firstDate)) {
            return 0;
        }
        long units = cadence.kind().isMonthly()
                ? ChronoUnit.MONTHS.between(YearMonth.from(firstDate), YearMonth.from(dayBefore))
                : ChronoUnit.WEEKS.between(firstDate, dayBefore);
        return Math.max(0, units / cadence.kind().interval() - 1);
    }

    /** The first day on or after {@code date} the rule could start on, at {@code time} in {@code zone}. */
    public ZonedDateTime firstOnOrAfter(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(firstDateOnOrAfter(date), time, zone);
    }

    private LocalDate firstDateOnOrAfter(LocalDate date) {
        if (!cadence.kind().isMonthly()) {
            return date.with(TemporalAdjusters.nextOrSame(cadence.day().orElseThrow()));
        }
        for (YearMonth month = YearMonth.from(date); ; month = month.plusMonths(1)) {
            LocalDate found = cadence.dayIn(month);
            if (!found.isBefore(date)) {
                return found;
            }
        }
    }

    /** The date {@code units} weeks or months after the first date, or empty if that month's day comes before it. */
    private Optional<LocalDate> nthDate(LocalDate firstDate, long units) {
        if (!cadence.kind().isMonthly()) {
            return Optional.of(firstDate.with(TemporalAdjusters.nextOrSame(cadence.day().orElseThrow())).plusWeeks(units));
        }
        LocalDate date = cadence.dayIn(YearMonth.from(firstDate).plusMonths(units));
        return date.isBefore(firstDate) ? Optional.empty() : Optional.of(date);
    }
}
