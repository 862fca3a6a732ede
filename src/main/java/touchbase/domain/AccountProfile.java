package touchbase.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an account belongs to and whether its Google Calendar is connected: the identity part of an
 * account, as learnt from Google at sign-in. Planning preferences live elsewhere.
 *
 * @param googleSubject Google's stable user id (the OpenID Connect {@code sub}); emails can change.
 *     Empty for an account created before its owner first signed in.
 * @param timeZone the primary calendar's time zone, which the planner treats as the owner's zone
 */
public record AccountProfile(
        String id,
        Optional<String> googleSubject,
        String email,
        Optional<String> displayName,
        ZoneId timeZone,
        ConnectionStatus status) {

    public AccountProfile {
        requireText(id, "id");
        Objects.requireNonNull(googleSubject, "googleSubject must not be null");
        requireText(email, "email");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(timeZone, "timeZone must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }

    public boolean isConnected() {
        return status == ConnectionStatus.CONNECTED;
    }

    public AccountProfile withStatus(ConnectionStatus newStatus) {
        return new AccountProfile(id, googleSubject, email, displayName, timeZone, newStatus);
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
