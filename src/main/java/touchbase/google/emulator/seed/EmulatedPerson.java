package touchbase.google.emulator.seed;

import java.time.ZoneId;
import java.util.Objects;

/** A Google account known to the emulator: its email is also its primary calendar id. */
public record EmulatedPerson(String email, String name, ZoneId zone) {

    public EmulatedPerson {
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        if (!email.contains("@")) {
            throw new IllegalArgumentException("email must contain @: " + email);
        }
    }

    /** The stable OpenID subject for this account, derived from the email. */
    public String subject() {
        return "1" + String.format("%020d", Math.abs((long) email.toLowerCase().hashCode()) * 7919L);
    }
}
