package touchbase.google.emulator.calendar.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import touchbase.google.emulator.http.ApiException;

/**
 * One RRULE or EXRULE value (RFC 5545 section 3.3.10), expanded by ical4j's {@link Recur}. Accepts
 * the parts Google Calendar users write (FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, COUNT, UNTIL,
 * BYDAY with ordinals such as {@code 2TU} or {@code -1FR}, BYMONTHDAY, WKST) and answers 400
 * {@code invalid} for anything else. A date-only UNTIL includes that whole day in the event's zone.
 */
final class RecurrenceRule {

    private static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST");
    private static final List<String> FREQUENCIES = List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Recur<ZonedDateTime> recur;
    private final LocalDate untilDate;

    private RecurrenceRule(Recur<ZonedDateTime> recur, LocalDate untilDate) {
        this.recur = recur;
        this.untilDate = untilDate;
    }

    static RecurrenceRule parse(String value) {
        Map<String, String> parts = parts(value);
        check(parts);
        String until = parts.get("UNTIL");
        try {
            LocalDate untilDate = until != null && until.length() == 8
                    ? LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE) : null;
            if (until != null && untilDate == null) {
                UTC_STAMP.parse(until);
            }
            return new RecurrenceRule(new Recur<>(text(parts)), untilDate);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    static ApiException invalid() {
        return ApiException.badRequest("invalid", "Invalid recurrence rule.");
    }

    /** Starts from {@code dtstart} (inclusive, when it matches the rule) up to {@code limit} (exclusive). */
    List<ZonedDateTime> starts(ZonedDateTime dtstart, Instant limit) {
        ZonedDateTime end = limit.atZone(dtstart.getZone());
        try {
            return boundedFor(dtstart).getDates(dtstart, dtstart, end).stream()
                    .filter(start -> start.toInstant().isBefore(limit))
                    .toList();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    /** The rule with a date-only UNTIL turned into the last moment of that day in {@code dtstart}'s zone. */
    private Recur<ZonedDateTime> boundedFor(ZonedDateTime dtstart) {
        if (untilDate == null) {
            return recur;
        }
        ZonedDateTime endOfDay = untilDate.plusDays(1).atStartOfDay(dtstart.getZone()).minusNanos(1);
        return new Recur.Builder<>(recur).until(endOfDay).build();
    }

    /** NAME=value parts with names upper-cased and blanks trimmed; a later repeat of a part wins. */
    private static Map<String, String> parts(String value) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw invalid();
            }
            parts.put(kv[0].trim().toUpperCase(Locale.ROOT), kv[1].trim());
        }
        return parts;
    }

    private static void check(Map<String, String> parts) {
        String freq = parts.getOrDefault("FREQ", "").toUpperCase(Locale.ROOT);
        if (!PARTS.containsAll(parts.keySet()) || !FREQUENCIES.contains(freq)) {
            throw invalid();
        }
        try {
            int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
            int count = Integer.parseInt(parts.getOrDefault("COUNT", "0"));
            if (interval < 1 || count < 0 || (count > 0 && parts.containsKey("UNTIL"))) {
                throw invalid();
            }
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static String text(Map<String, String> parts) {
        return parts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace(" ", "").toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(";"));
    }
}
