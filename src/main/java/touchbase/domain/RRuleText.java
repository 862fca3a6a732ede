package touchbase.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RRULE text (RFC 5545 section 3.3.10, recurrence rule) for Touchbase's own rules, both ways: a
 * {@link Cadence} ({@code FREQ}, {@code INTERVAL}, {@code BYDAY}, {@code BYSETPOS}, {@code WKST}) and
 * a {@link SeriesRule}, which may add an {@code UNTIL}. Any other rule is refused with a message
 * that names what is wrong and lists rules that parse.
 */
final class RRuleText {

    static final String EXAMPLES = "FREQ=WEEKLY;BYDAY=TU, FREQ=WEEKLY;INTERVAL=2;BYDAY=TU, "
            + "FREQ=MONTHLY;BYDAY=2TU, FREQ=MONTHLY;BYDAY=-1FR, FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO, "
            + "FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE";

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** What a rule says: the cadence and, for a series that was ended, its UNTIL. */
    record Read(Cadence cadence, Optional<Instant> until) {
    }

    private RRuleText() {
    }

    static String write(Cadence cadence) {
        StringBuilder rule = new StringBuilder("FREQ=").append(cadence.kind().freq());
        if (cadence.kind().interval() > 1) {
            rule.append(";INTERVAL=").append(cadence.kind().interval());
        }
        cadence.day().ifPresent(day -> rule.append(";BYDAY=")
                .append(cadence.nth() == 0 ? "" : Integer.toString(cadence.nth()))
                .append(code(day)));
        return rule.toString();
    }

    /** The series' cadence and, if set, {@code ;UNTIL=} in UTC (section 3.3.10: UTC with a zoned DTSTART). */
    static String write(SeriesRule rule) {
        return write(rule.cadence()) + rule.until().map(instant -> ";UNTIL=" + UTC_BASIC.format(instant)).orElse("");
    }

    /**
     * Reads a rule with or without the {@code RRULE:} prefix, in any case and order.
     *
     * @param untilAllowed whether the rule may end ({@code UNTIL}), as a series' rule may and a cadence may not
     * @throws IllegalArgumentException naming what is wrong and listing rules that parse
     */
    static Read read(String text, boolean untilAllowed) {
        if (text == null || text.isBlank()) {
            throw problem(String.valueOf(text), "the rule is empty");
        }
        String body = text.strip();
        if (body.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            body = body.substring("RRULE:".length());
        }
        Map<String, String> parts = parts(text, body);
        String freq = parts.remove("FREQ");
        if (freq == null) {
            throw problem(text, "FREQ is missing");
        }
        int interval = interval(text, parts.remove("INTERVAL"));
        String byDay = parts.remove("BYDAY");
        String setPos = parts.remove("BYSETPOS");
        parts.remove("WKST");
        Optional<Instant> until = untilAllowed
                ? Optional.ofNullable(parts.remove("UNTIL")).map(value -> until(text, value))
                : Optional.empty();
        if (!parts.isEmpty()) {
            throw problem(text, "a touch-base cadence has no " + String.join(", ", parts.keySet())
                    + (untilAllowed ? " (it repeats on one day until stopped, or until an UNTIL)"
                            : " (it repeats until stopped, on one day)"));
        }
        Cadence.Kind kind = kind(text, freq, interval);
        if (byDay == null) {
            if (setPos != null) {
                throw problem(text, "BYSETPOS needs BYDAY");
            }
            return new Read(Cadence.of(kind), until);
        }
        return new Read(pinned(text, kind, byDay, setPos), until);
    }

    private static Map<String, String> parts(String text, String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw problem(text, "'" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            if (parts.put(name, part.substring(eq + 1).strip().toUpperCase(Locale.ROOT)) != null) {
                throw problem(text, name + " appears twice");
            }
        }
        return parts;
    }

    private static int interval(String text, String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(text, "INTERVAL must be a number, got " + value);
        }
    }

    private static Cadence.Kind kind(String text, String freq, int interval) {
        for (Cadence.Kind kind : Cadence.Kind.values()) {
            if (kind.freq().equals(freq) && kind.interval() == interval) {
                return kind;
            }
        }
        if (!freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            throw problem(text, "FREQ must be WEEKLY or MONTHLY, got " + freq);
        }
        throw problem(text, "INTERVAL must be 1 or 2 for WEEKLY and 1, 2 or 3 for MONTHLY, got " + interval);
    }

    private static Cadence pinned(String text, Cadence.Kind kind, String byDay, String setPos) {
        if (byDay.contains(",")) {
            throw problem(text, "BYDAY must name one day, got " + byDay);
        }
        if (byDay.length() < 2) {
            throw problem(text, "BYDAY must end in a two-letter day (MO to SU), got " + byDay);
        }
        DayOfWeek day = day(text, byDay.substring(byDay.length() - 2));
        String prefix = byDay.substring(0, byDay.length() - 2);
        if (!kind.isMonthly()) {
            if (!prefix.isEmpty() || setPos != null) {
                throw problem(text, "a weekly rule takes a plain day such as BYDAY=TU, got " + byDay);
            }
            return Cadence.of(kind).on(day);
        }
        if (!prefix.isEmpty() && setPos != null) {
            throw problem(text, "give the nth weekday once: BYDAY=2TU or BYDAY=TU;BYSETPOS=2");
        }
        String nthText = prefix.isEmpty() ? setPos : prefix;
        if (nthText == null) {
            throw problem(text, "a monthly rule needs the nth weekday, such as BYDAY=2TU or BYDAY=-1FR");
        }
        int nth;
        try {
            nth = Integer.parseInt(nthText.startsWith("+") ? nthText.substring(1) : nthText);
        } catch (NumberFormatException e) {
            throw problem(text, "the nth weekday must be 1 to 4 or -1, got " + nthText);
        }
        if (!(nth == -1 || (nth >= 1 && nth <= 4))) {
            throw problem(text, "the nth weekday must be 1 to 4 or -1 (last), got " + nth);
        }
        return Cadence.of(kind).on(nth, day);
    }

    private static DayOfWeek day(String text, String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw problem(text, "BYDAY must end in MO, TU, WE, TH, FR, SA or SU, got " + code);
    }

    /**
     * UNTIL as a UTC date-time ({@code 20261208T085959Z}), a floating date-time read as UTC, or a
     * date (the series may run through that whole day, in UTC).
     */
    private static Instant until(String text, String value) {
        try {
            if (value.endsWith("Z")) {
                return Instant.from(UTC_BASIC.parse(value));
            }
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE_BASIC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusSeconds(1);
            }
            return LocalDateTime.parse(value, LOCAL_BASIC).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw problem(text, "UNTIL must look like 20261208T085959Z, got " + value);
        }
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static IllegalArgumentException problem(String text, String what) {
        return new IllegalArgumentException("cannot read the RRULE '" + text + "': " + what
                + ". Rules that parse: " + EXAMPLES);
    }
}
