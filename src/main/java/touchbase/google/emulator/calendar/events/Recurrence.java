package touchbase.google.emulator.calendar.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event's {@code recurrence} lines (RRULE, EXRULE, RDATE, EXDATE; RFC 5545 section 3.8.5) as
 * the Calendar API takes them: the rules are expanded by ical4j in the event's own time zone, so
 * occurrences keep their wall-clock time across daylight-saving changes; RDATE adds starts and
 * EXDATE removes them (COUNT still counts a removed one). A date-only RDATE or EXDATE means the
 * event's start time on that day. DTSTART and DTEND lines are rejected, as the Calendar API does.
 */
final class Recurrence {

    private static final DateTimeFormatter LOCAL_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final List<RecurrenceRule> rules = new ArrayList<>();
    private final List<RecurrenceRule> exceptionRules = new ArrayList<>();
    private final List<DateLine> dateLines = new ArrayList<>();

    /** An RDATE or EXDATE line: its name, its head with parameters such as TZID, and its values. */
    private record DateLine(String name, String head, String value) {
    }

    private Recurrence() {
    }

    static Recurrence parse(List<String> lines) {
        Recurrence recurrence = new Recurrence();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw RecurrenceRule.invalid();
            }
            String head = line.substring(0, colon);
            String name = head.split(";")[0].trim().toUpperCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "RRULE" -> recurrence.rules.add(RecurrenceRule.parse(value));
                case "EXRULE" -> recurrence.exceptionRules.add(RecurrenceRule.parse(value));
                case "RDATE", "EXDATE" -> recurrence.dateLines.add(new DateLine(name, head, value));
                default -> throw RecurrenceRule.invalid();
            }
        }
        if (recurrence.rules.isEmpty() && recurrence.dateLines.stream().noneMatch(l -> l.name().equals("RDATE"))) {
            throw RecurrenceRule.invalid();
        }
        // parse the dates once now so that malformed values fail at insert time
        recurrence.dates("RDATE", ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        recurrence.dates("EXDATE", ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        return recurrence;
    }

    /** Occurrence starts from {@code dtstart} (inclusive) up to {@code limit} (exclusive), ascending. */
    List<ZonedDateTime> starts(ZonedDateTime dtstart, Instant limit) {
        TreeSet<ZonedDateTime> starts = new TreeSet<>((a, b) -> a.toInstant().compareTo(b.toInstant()));
        for (RecurrenceRule rule : rules) {
            starts.addAll(rule.starts(dtstart, limit));
        }
        for (ZonedDateTime rdate : dates("RDATE", dtstart)) {
            if (rdate.toInstant().isBefore(limit)) {
                starts.add(rdate);
            }
        }
        Set<Instant> excluded = new HashSet<>();
        for (RecurrenceRule rule : exceptionRules) {
            rule.starts(dtstart, limit).forEach(z -> excluded.add(z.toInstant()));
        }
        dates("EXDATE", dtstart).forEach(z -> excluded.add(z.toInstant()));
        return starts.stream().filter(z -> !excluded.contains(z.toInstant())).toList();
    }

    private List<ZonedDateTime> dates(String kind, ZonedDateTime dtstart) {
        List<ZonedDateTime> out = new ArrayList<>();
        for (DateLine line : dateLines) {
            if (!line.name().equals(kind)) {
                continue;
            }
            ZoneId zone = tzid(line.head(), dtstart.getZone());
            for (String value : line.value().split(",")) {
                out.add(date(value.trim(), zone, dtstart));
            }
        }
        return out;
    }

    private static ZoneId tzid(String head, ZoneId fallback) {
        for (String param : head.split(";")) {
            if (param.toUpperCase(Locale.ROOT).startsWith("TZID=")) {
                try {
                    return ZoneId.of(param.substring(5));
                } catch (RuntimeException e) {
                    throw RecurrenceRule.invalid();
                }
            }
        }
        return fallback;
    }

    private static ZonedDateTime date(String value, ZoneId zone, ZonedDateTime dtstart) {
        try {
            if (value.length() == 8) {
                return ZonedDateTime.of(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE),
                        dtstart.toLocalTime(), dtstart.getZone());
            }
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL_STAMP)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(dtstart.getZone());
            }
            return ZonedDateTime.of(LocalDateTime.parse(value, LOCAL_STAMP), zone).withZoneSameInstant(dtstart.getZone());
        } catch (DateTimeParseException e) {
            throw RecurrenceRule.invalid();
        }
    }
}
