package touchbase.booking;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import touchbase.domain.CalendarProblem;

/**
 * When the outbox tries a failed write again: exponential backoff from {@code base} doubling per
 * attempt up to {@code max}, spread by a jitter of plus or minus 20 % so many writes failing together
 * do not come back together; at least {@code quotaPause} after Google's quota ran out (it can last
 * hours); give up after {@code maxAttempts}. Revoked access is retried every {@code reconnectPause}
 * without counting, so the booking resumes once the person reconnects.
 */
public record RetryPolicy(Duration base, Duration max, Duration quotaPause, Duration reconnectPause, int maxAttempts,
        DoubleSupplier random) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(max, "max must not be null");
        Objects.requireNonNull(quotaPause, "quotaPause must not be null");
        Objects.requireNonNull(reconnectPause, "reconnectPause must not be null");
        Objects.requireNonNull(random, "random must not be null");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("base must be positive and max at least base, got " + base + " and " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /** 5 s doubling to 30 min, 1 h after quota, 15 min while access is revoked, 10 attempts. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofMinutes(15), 10, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait before the next try, after {@code attempts} failed tries so far (0 for the first failure). */
    public Duration delay(int attempts, CalendarProblem.Kind kind) {
        long millis = base.toMillis();
        for (int i = 0; i < attempts && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        millis = Math.min(millis, max.toMillis());
        double jitter = 0.8 + 0.4 * random.getAsDouble();
        Duration delay = Duration.ofMillis(Math.round(millis * jitter));
        if (kind == CalendarProblem.Kind.QUOTA_EXCEEDED && delay.compareTo(quotaPause) < 0) {
            return quotaPause;
        }
        return delay;
    }

    /** Whether a write that has failed {@code attempts} times before this failure should be given up. */
    public boolean exhausted(int attempts) {
        return attempts + 1 >= maxAttempts;
    }
}
