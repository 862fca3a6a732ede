package touchbase.colleagues;

import java.util.Objects;
import java.util.Optional;

/**
 * A colleague as a person types them in (a form or a CSV line): the email, and optionally a name,
 * a time zone id and a cadence (words or an RRULE). Checked by {@link ColleagueBook}; missing
 * zone and cadence come from the account's settings.
 */
public record ColleagueInput(String email, Optional<String> name, Optional<String> timezone, Optional<String> cadence) {

    public ColleagueInput {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(timezone, "timezone must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
    }

    public static ColleagueInput of(String email) {
        return new ColleagueInput(email, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ColleagueInput named(String value) {
        return new ColleagueInput(email, Optional.ofNullable(value), timezone, cadence);
    }

    public ColleagueInput inZone(String value) {
        return new ColleagueInput(email, name, Optional.ofNullable(value), cadence);
    }

    public ColleagueInput every(String value) {
        return new ColleagueInput(email, name, timezone, Optional.ofNullable(value));
    }
}
