package touchbase.colleagues;

import touchbase.domain.InvalidInput;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import touchbase.domain.Cadence;

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
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "\"" + email + "\" is not an email address");
        }
        return email;
    }

    static Optional<String> name(Optional<String> text) {
        return text.map(String::strip).filter(name -> !name.isEmpty());
    }

    static String defaultName(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    /** A zone id such as Europe/Berlin (any case), UTC or an offset like +02:00. */
    static ZoneId zone(String text) {
        String id = text.strip();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            for (String known : ZoneId.getAvailableZoneIds()) {
                if (known.equalsIgnoreCase(id)) {
                    return ZoneId.of(known);
                }
            }
            throw new InvalidInput("timezone", "\"" + id + "\" is not a time zone; use a region such as Europe/Berlin"
                    + " or America/New_York");
        }
    }

    /** Words such as "monthly" or "every two weeks", or an RRULE such as FREQ=MONTHLY;BYDAY=2TU. */
    static Cadence cadence(String text) {
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
