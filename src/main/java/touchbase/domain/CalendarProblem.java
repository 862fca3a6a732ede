package touchbase.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The calendar provider refused or failed a request after Touchbase's own retries. The
 * {@link Kind} tells the caller what to do next; the message is meant for a person.
 */
public class CalendarProblem extends TouchbaseException {

    /** What went wrong, in terms of what the caller can do about it. */
    public enum Kind {
        /** The account's grant was revoked or expired: the person must reconnect their calendar. */
        ACCESS_REVOKED,
        /** Too many requests right now, even after backing off: try again in a minute. */
        RATE_LIMITED,
        /** The daily or abuse quota is used up; may last hours. */
        QUOTA_EXCEEDED,
        /** The provider did not answer properly (server errors, timeouts) even after retries. */
        UNAVAILABLE,
        /** The event id is already used by another or a deleted event: book with the next generation. */
        EVENT_ID_TAKEN,
        /** The provider rejected the request itself (bad input, no permission, not found). */
        REJECTED
    }

    private final Kind kind;
    private final String providerReason;

    public CalendarProblem(Kind kind, String message, String providerReason, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.providerReason = providerReason;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's own reason code, for example Google's {@code quotaExceeded}, when it gave one. */
    public Optional<String> providerReason() {
        return Optional.ofNullable(providerReason);
    }
}
