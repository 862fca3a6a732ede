package touchbase.colleagues;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import touchbase.domain.Cadence;
import touchbase.domain.InvalidInput;
import touchbase.planning.zones.TimeZones;

/** Reads and checks the fields a person types for a colleague, naming the field when one is wrong. */
final class ColleagueFields {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private ColleagueFields() {
    }

    static String email(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("email", "the email is missing");
        }
        String email = text.strip();
        if (email.length() > EMAIL_MAX) {
            throw new InvalidInput("email", "the email is " + email.length() + " characters long; at most " + EMAIL_MAX
                    + " are allowed");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "\"" + email + "\" is not an email address");
        }
        return email;
    }

    /** The longest name, note and email a person may type (an email's limit is RFC 5321's path length). */
    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 2000;
    static final int EMAIL_MAX = 254;
    /** The longest zone id and cadence text read (the longest IANA id has 32 characters). */
    static final int TIMEZONE_MAX = 64;
    static final int CADENCE_MAX = 100;

    /**
     * A display name: at most {@value #NAME_MAX} characters and no control characters.
     *
     * A line break inside a name (a quoted CSV field may hold one) becomes a space.
     *
     * @throws InvalidInput ({@code name}) for a longer name or one with other control characters
     */
    static Optional<String> name(Optional<String> text) {
        Optional<String> name = text.map(value -> value.replaceAll("\\s*\\R\\s*", " ").strip())
                .filter(value -> !value.isEmpty());
        name.ifPresent(value -> checkText("name", value, NAME_MAX, false));
        return name;
    }

    /** Notes: at most {@value #NOTES_MAX} characters; line breaks and tabs are fine, other control characters are not. */
    static String notes(String text) {
        String notes = text.strip();
        checkText("notes", notes, NOTES_MAX, true);
        return notes;
    }

    private static void checkText(String field, String value, int max, boolean multiLine) {
        if (value.length() > max) {
            throw new InvalidInput(field, "the " + field + " is " + value.length() + " characters long; at most " + max
                    + " are allowed");
        }
        boolean control = value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            throw new InvalidInput(field, "the " + field + " contains control characters; type plain text");
        }
    }

    static String defaultName(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    /** A zone id such as Europe/Berlin (any case), UTC or an offset like +02:00. */
    static ZoneId zone(String text) {
        String id = text.strip();
        checkText("timezone", id, TIMEZONE_MAX, false);
        try {
            return TimeZones.of(id);
        } catch (DateTimeException e) {
            for (String known : ZoneId.getAvailableZoneIds()) {
                if (known.equalsIgnoreCase(id) && TimeZones.isReal(known)) {
                    return ZoneId.of(known);
                }
            }
            throw new InvalidInput("timezone", "\"" + id + "\" is not a time zone; use a region such as Europe/Berlin"
                    + " or America/New_York");
        }
    }

    /** Words such as "monthly" or "every two weeks", or an RRULE such as FREQ=MONTHLY;BYDAY=2TU. */
    static Cadence cadence(String text) {
        checkText("cadence", text.strip(), CADENCE_MAX, false);
        try {
            return Cadence.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cadence", e.getMessage());
        }
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
