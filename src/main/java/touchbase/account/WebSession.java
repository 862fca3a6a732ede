package touchbase.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A browser session: anonymous while signing in, then bound to an account. The id is the cookie
 * value and the CSRF token guards the session's forms; both are secret, so {@link #toString()} hides
 * them.
 */
public record WebSession(String id, Optional<String> accountId, String csrfToken, Instant expiresAt) {

    public WebSession {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(csrfToken, "csrfToken must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "WebSession[id=***, accountId=" + accountId + ", csrfToken=***, expiresAt=" + expiresAt + "]";
    }
}
