package touchbase.domain;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** RRULE text for a {@link Cadence}, both ways (RFC 5545 section 3.3.10, recurrence rule). */
final class CadenceRules {

    static final String EXAMPLES = "FREQ=WEEKLY;BYDAY=TU, FREQ=WEEKLY;INTERVAL=2;BYDAY=TU, "
            + "FREQ=MONTHLY;BYDAY=2TU, FREQ=MONTHLY;BYDAY=-1FR, FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO, "
            + "FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE";

    private CadenceRules() {
    }

    static String format(Cadence cadence) {
        StringBuilder rule = new StringBuilder("FREQ=").append(cadence.kind().freq());
        if (cadence.kind().interval() > 1) {
            rule.append(";INTERVAL=").append(cadence.kind().interval());
        }
        cadence.day().ifPresent(day -> rule.append(";BYDAY=")
                .append(cadence.nth() == 0 ? "" : Integer.toString(cadence.nth()))
                .append(code(day)));
        return rule.toString();
    }

    static Cadence parse(String text) {
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
        if (!parts.isEmpty()) {
            throw problem(text, "a touch-base cadence has no " + String.join(", ", parts.keySet())
                    + " (it repeats until stopped, on one day)");
        }
        Cadence.Kind kind = kind(text, freq, interval);
        if (byDay == null) {
            if (setPos != null) {
                throw problem(text, "BYSETPOS needs BYDAY");
            }
            return Cadence.of(kind);
        }
        return pinned(text, kind, byDay, setPos);
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

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static IllegalArgumentException problem(String text, String what) {
        return new IllegalArgumentException("cannot read the RRULE '" + text + "': " + what
                + ". Rules that parse: " + EXAMPLES);
    }
}
