package touchbase.account.limits;

import java.time.Duration;
import java.util.Objects;
import touchbase.domain.TouchbaseException;

/** A limit was met: answered 429 with {@code Retry-After} ({@link #retryAfter()}, whole seconds, at least 1). */
public final class TooManyRequests extends TouchbaseException {

    private final transient Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        Objects.requireNonNull(retryAfter, "retryAfter must not be null");
        this.retryAfter = Duration.ofSeconds(Math.max(1, retryAfter.plusMillis(999).toSeconds()));
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
