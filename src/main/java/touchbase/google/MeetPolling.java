package touchbase.google;

import com.google.api.client.util.Sleeper;
import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait for Google to finish creating a Meet conference (its
 * {@code conferenceData.createRequest.status.statusCode} goes from {@code pending} to
 * {@code success}): up to {@code attempts} reads, {@code interval} apart.
 */
public record MeetPolling(int attempts, Duration interval, Sleeper sleeper) {

    public MeetPolling {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
        }
        Objects.requireNonNull(interval, "interval must not be null");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        Objects.requireNonNull(sleeper, "sleeper must not be null");
    }

    /** Five reads one second apart. */
    public static MeetPolling standard() {
        return new MeetPolling(5, Duration.ofSeconds(1), Sleeper.DEFAULT);
    }
}
