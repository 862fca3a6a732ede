package touchbase.google.emulator.calendar.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import touchbase.google.emulator.http.ApiException;

/**
 * One RRULE/EXRULE value (RFC 5545 section 3.3.10), the subset Google Calendar users write:
 * FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as
 * {@code 2TU} or {@code -1FR} for MONTHLY), BYMONTHDAY and WKST. Anything else is rejected so a
 * caller never gets a silently wrong expansion.
 */
record RecurrenceRule(
        String freq, int interval, int count, Instant untilInstant, LocalDate untilDate,
        List<ByDay> byDay, List<Integer> byMonthDay, DayOfWeek weekStart) {

    /** A BYDAY entry; ordinal 0 means every such weekday of the period. */
    record ByDay(int ordinal, DayOfWeek day) {
    }

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    static RecurrenceRule parse(String value) {
        String freq = null;
        int interval = 1;
        int count = 0;
        Instant untilInstant = null;
        LocalDate untilDate = null;
        List<ByDay> byDay = new ArrayList<>();
        List<Integer> byMonthDay = new ArrayList<>();
        DayOfWeek weekStart = DayOfWeek.MONDAY;
        try {
            for (String part : value.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw invalid();
                }
                String v = kv[1].trim();
                switch (kv[0].trim().toUpperCase(Locale.ROOT)) {
                    case "FREQ" -> freq = v.toUpperCase(Locale.ROOT);
                    case "INTERVAL" -> interval = Integer.parseInt(v);
                    case "COUNT" -> count = Integer.parseInt(v);
                    case "UNTIL" -> {
                        if (v.length() == 8) {
                            untilDate = LocalDate.parse(v, DATE);
                        } else if (v.endsWith("Z")) {
                            untilInstant = LocalDateTime.parse(v, UTC_STAMP).toInstant(ZoneOffset.UTC);
                        } else {
                            throw invalid();
                        }
                    }
                    case "BYDAY" -> {
                        for (String d : v.split(",")) {
                            byDay.add(byDay(d.trim()));
                        }
                    }
                    case "BYMONTHDAY" -> {
                        for (String d : v.split(",")) {
                            byMonthDay.add(Integer.parseInt(d.trim()));
                        }
                    }
                    case "WKST" -> weekStart = weekday(v);
                    default -> throw invalid();
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid();
        }
        if (freq == null || !List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").contains(freq)
                || interval < 1 || count < 0 || (count > 0 && (untilDate != null || untilInstant != null))) {
            throw invalid();
        }
        return new RecurrenceRule(freq, interval, count, untilInstant, untilDate,
                List.copyOf(byDay), List.copyOf(byMonthDay), weekStart);
    }

    static ApiException invalid() {
        return ApiException.badRequest("invalid", "Invalid recurrence rule.");
    }

    private static ByDay byDay(String text) {
        if (text.length() < 2) {
            throw invalid();
        }
        String day = text.substring(text.length() - 2);
        String ordinal = text.substring(0, text.length() - 2);
        return new ByDay(ordinal.isEmpty() ? 0 : Integer.parseInt(ordinal.replace("+", "")), weekday(day));
    }

    private static DayOfWeek weekday(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw invalid();
        };
    }

    /** The candidate dates of period {@code index} (0 = the period holding {@code first}), ascending. */
    List<LocalDate> candidates(LocalDate first, long index) {
        List<LocalDate> dates = switch (freq) {
            case "DAILY" -> List.of(first.plusDays(index * interval));
            case "WEEKLY" -> weekly(first, index);
            case "MONTHLY" -> monthly(YearMonth.from(first).plusMonths(index * interval), first.getDayOfMonth());
            default -> yearly(first, index);
        };
        return dates.stream()
                .filter(d -> !freq.equals("DAILY") || byDay.isEmpty() || byDay.stream().anyMatch(b -> b.day() == d.getDayOfWeek()))
                .filter(d -> byMonthDay.isEmpty() || freq.equals("MONTHLY") || matchesMonthDay(d))
                .sorted()
                .distinct()
                .toList();
    }

    /** The first day of period {@code index}, to know when expansion has passed its window. */
    LocalDate periodStart(LocalDate first, long index) {
        return switch (freq) {
            case "DAILY" -> first.plusDays(index * interval);
            case "WEEKLY" -> first.with(TemporalAdjusters.previousOrSame(weekStart)).plusWeeks(index * interval);
            case "MONTHLY" -> first.withDayOfMonth(1).plusMonths(index * interval);
            default -> first.withDayOfYear(1).plusYears(index * interval);
        };
    }

    private List<LocalDate> weekly(LocalDate first, long index) {
        LocalDate weekBegin = first.with(TemporalAdjusters.previousOrSame(weekStart)).plusWeeks(index * interval);
        if (byDay.isEmpty()) {
            return List.of(weekBegin.with(TemporalAdjusters.nextOrSame(first.getDayOfWeek())));
        }
        return byDay.stream().map(b -> weekBegin.with(TemporalAdjusters.nextOrSame(b.day()))).toList();
    }

    private List<LocalDate> monthly(YearMonth month, int startDay) {
        List<LocalDate> dates = new ArrayList<>();
        for (ByDay b : byDay) {
            if (b.ordinal() == 0) {
                for (LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(b.day()));
                     !d.isAfter(month.atEndOfMonth()); d = d.plusWeeks(1)) {
                    dates.add(d);
                }
            } else {
                LocalDate d = b.ordinal() > 0
                        ? month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(b.ordinal(), b.day()))
                        : month.atEndOfMonth().with(TemporalAdjusters.dayOfWeekInMonth(b.ordinal(), b.day()));
                if (YearMonth.from(d).equals(month)) {
                    dates.add(d);
                }
            }
        }
        if (!byMonthDay.isEmpty()) {
            List<LocalDate> days = new ArrayList<>();
            for (int day : byMonthDay) {
                int dom = day > 0 ? day : month.lengthOfMonth() + day + 1;
                if (dom >= 1 && dom <= month.lengthOfMonth()) {
                    days.add(month.atDay(dom));
                }
            }
            return byDay.isEmpty() ? days : dates.stream().filter(days::contains).toList();
        }
        if (byDay.isEmpty() && startDay <= month.lengthOfMonth()) {
            dates.add(month.atDay(startDay));
        }
        return dates;
    }

    private List<LocalDate> yearly(LocalDate first, long index) {
        if (!byDay.isEmpty()) {
            throw invalid();
        }
        int year = Math.toIntExact(first.getYear() + index * interval);
        YearMonth month = YearMonth.of(year, first.getMonth());
        return first.getDayOfMonth() <= month.lengthOfMonth() ? List.of(month.atDay(first.getDayOfMonth())) : List.of();
    }

    private boolean matchesMonthDay(LocalDate d) {
        int length = d.lengthOfMonth();
        return byMonthDay.stream().anyMatch(m -> m == d.getDayOfMonth() || length + m + 1 == d.getDayOfMonth());
    }
}
