package touchbase.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A browser session: anonymous while signing in, then bound to an account. The id is the cookie
 * value and the CSRF token guards the session's forms; both are secret, so {@link #toString()} hides
 * them. A session ends at {@code expiresAt} (its absolute lifetime from {@code createdAt}) or after
 * {@link #IDLE_TIMEOUT} without a request, whichever comes first (OWASP ASVS 3.3.1, 3.3.2).
 *
 * @param createdAt when the session started
 * @param lastSeenAt when the session last answered a request (kept to the minute, see
 *     {@link #needsTouchAt})
 * @param expiresAt when the session ends however busy it is
 */
public record WebSession(String id, Optional<String> accountId, String csrfToken, Instant createdAt,
                         Instant lastSeenAt, Instant expiresAt) {

    /** A session nobody used for this long is over. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** The last-seen time is written at most this often, so most requests do not write. */
    public static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);

    public WebSession {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(csrfToken, "csrfToken must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    /** A session that starts now and ends after {@code lifetime} (or sooner, when idle). */
    public static WebSession start(String id, Optional<String> accountId, String csrfToken, Instant now,
            Duration lifetime) {
        return new WebSession(id, accountId, csrfToken, now, now, now.plus(lifetime));
    }

    /** Whether the session is over at {@code now}: past its absolute expiry or idle for too long. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt) || !now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT));
    }

    /** Whether a request at {@code now} should store a new last-seen time (at most once a minute). */
    public boolean needsTouchAt(Instant now) {
        return !now.isBefore(lastSeenAt.plus(LAST_SEEN_GRANULARITY));
    }

    public WebSession seenAt(Instant now) {
        return new WebSession(id, accountId, csrfToken, createdAt, now, expiresAt);
    }

    @Override
    public String toString() {
        return "WebSession[id=***, accountId=" + accountId + ", csrfToken=***, createdAt=" + createdAt
                + ", lastSeenAt=" + lastSeenAt + ", expiresAt=" + expiresAt + "]";
    }
}
