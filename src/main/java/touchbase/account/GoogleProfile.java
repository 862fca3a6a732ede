package touchbase.account;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What Google says about the person who signed in: the OpenID Connect {@code sub}, email, whether
 * Google verified that email ({@code email_verified}) and name (userinfo endpoint), and the time zone
 * of their calendar. Only the subject identifies a person; an unverified email never does.
 */
public record GoogleProfile(String subject, String email, boolean emailVerified, Optional<String> displayName,
                            ZoneId timeZone) {

    public GoogleProfile {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(timeZone, "timeZone must not be null");
    }
}
