package touchbase.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Cadence;

/**
 * A series' recurrence: a pinned {@link Cadence} and, once the series was ended by a reschedule,
 * an {@code UNTIL} (RFC 5545 section 3.3.10: with a zoned DTSTART, UNTIL is written in UTC and the
 * last instance starts at or before it). Expands into the regular starts of the series: the rule's
 * weekday (weekly kinds) or nth weekday of the month (monthly kinds) at the wall-clock time of the
 * first start, in its zone, so the time stays put across daylight-saving changes.
 */
public record SeriesRule(Cadence cadence, Optional<Instant> until) {

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd");

    public SeriesRule {
        Objects.requireNonNull(cadence, "cadence must not be null");
        if (!cadence.isPinned()) {
            throw new IllegalArgumentException("cadence must be pinned to a day, got " + cadence.describe());
        }
        Objects.requireNonNull(until, "until must not be null");
    }

    /**
     * Reads a bare rule as stored on a {@link touchbase.domain.TouchBase}, with or without UNTIL. A rule
     * without a day is pinned to the day of {@code firstStart}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static SeriesRule parse(String rrule, ZonedDateTime firstStart) {
        Objects.requireNonNull(rrule, "rrule must not be null");
        List<String> kept = new ArrayList<>();
        Optional<Instant> until = Optional.empty();
        for (String part : rrule.strip().split(";")) {
            if (part.toUpperCase(Locale.ROOT).startsWith("UNTIL=")) {
                until = Optional.of(parseUntil(part.substring("UNTIL=".length()).strip()));
            } else {
                kept.add(part);
            }
        }
        Cadence cadence = Cadence.parseRRule(String.join(";", kept));
        return new SeriesRule(pin(cadence, firstStart.toLocalDate()), until);
    }

    /** The cadence pinned to {@code date}: its weekday, and for monthly kinds its nth (or last) weekday. */
    public static Cadence pin(Cadence cadence, LocalDate date) {
        if (cadence.isPinned()) {
            return cadence;
        }
        if (!cadence.kind().isMonthly()) {
            return cadence.on(date.getDayOfWeek());
        }
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return cadence.on(nth > 4 ? -1 : nth, date.getDayOfWeek());
    }

    /** Whether a series starting on {@code date} fits the rule (the first start must be a regular start). */
    public boolean fallsOn(LocalDate date) {
        return firstDateOnOrAfter(date).equals(date);
    }

    /** The same rule ending with the last start strictly before {@code cut}. */
    public SeriesRule endingBefore(Instant cut) {
        return new SeriesRule(cadence, Optional.of(cut.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The bare RRULE value, e.g. {@code FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T085959Z}. */
    public String format() {
        return cadence.toRRule() + until.map(instant -> ";UNTIL=" + UTC_BASIC.format(instant)).orElse("");
    }

    /**
     * The regular starts of a series beginning at {@code firstStart}, from {@code from} (inclusive)
     * to {@code to} (exclusive), in the zone of {@code firstStart}.
     */
    public List<ZonedDateTime> starts(ZonedDateTime firstStart, Instant from, Instant to) {
        List<ZonedDateTime> starts = new ArrayList<>();
        ZoneId zone = firstStart.getZone();
        LocalTime time = firstStart.toLocalTime();
        LocalDate firstDate = firstStart.toLocalDate();
        LocalDate fromDate = from.atZone(zone).toLocalDate().minusDays(1);
        int step = cadence.kind().interval();
        long skip = 0;
        if (fromDate.isAfter(firstDate)) {
            long units = cadence.kind().isMonthly()
                    ? ChronoUnit.MONTHS.between(YearMonth.from(firstDate), YearMonth.from(fromDate))
                    : ChronoUnit.WEEKS.between(firstDate, fromDate);
            skip = Math.max(0, units / step - 1);
        }
        for (long k = skip; ; k++) {
            Optional<LocalDate> date = nthDate(firstDate, k * step);
            if (date.isEmpty()) {
                continue;
            }
            ZonedDateTime start = ZonedDateTime.of(date.get(), time, zone);
            Instant instant = start.toInstant();
            if (!instant.isBefore(to) || until.filter(instant::isAfter).isPresent()) {
                return starts;
            }
            if (!instant.isBefore(from) && !instant.isBefore(firstStart.toInstant())) {
                starts.add(start);
            }
        }
    }

    /** The first day on or after {@code date} the rule could start on, at {@code time} in {@code zone}. */
    public ZonedDateTime firstOnOrAfter(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(firstDateOnOrAfter(date), time, zone);
    }

    private LocalDate firstDateOnOrAfter(LocalDate date) {
        DayOfWeek day = cadence.day().orElseThrow();
        if (!cadence.kind().isMonthly()) {
            return date.with(TemporalAdjusters.nextOrSame(day));
        }
        for (YearMonth month = YearMonth.from(date); ; month = month.plusMonths(1)) {
            LocalDate found = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(cadence.nth(), day));
            if (!found.isBefore(date)) {
                return found;
            }
        }
    }

    /** The date {@code units} weeks or months after the first date, or empty if that month has no such day. */
    private Optional<LocalDate> nthDate(LocalDate firstDate, long units) {
        DayOfWeek day = cadence.day().orElseThrow();
        if (!cadence.kind().isMonthly()) {
            return Optional.of(firstDate.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(units));
        }
        LocalDate date = YearMonth.from(firstDate).plusMonths(units).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(cadence.nth(), day));
        return date.isBefore(firstDate) ? Optional.empty() : Optional.of(date);
    }

    private static Instant parseUntil(String value) {
        try {
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.from(UTC_BASIC.parse(value.toUpperCase(Locale.ROOT)));
            }
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE_BASIC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            }
            return LocalDateTime.parse(value, LOCAL_BASIC).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("UNTIL must look like 20261208T085959Z, got " + value, e);
        }
    }
}
