package touchbase.config;

import java.time.Duration;
import java.util.Objects;
import touchbase.google.GoogleRetryPolicy;

/**
 * How the Google client repeats a failed request and how long it waits for an answer. Production uses
 * {@link #standard()}; fault tests shorten both so that hundreds of injected failures take seconds.
 */
public record GoogleHttp(GoogleRetryPolicy retries, Duration readTimeout) {

    public GoogleHttp {
        Objects.requireNonNull(retries, "retries must not be null");
        Objects.requireNonNull(readTimeout, "readTimeout must not be null");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, got " + readTimeout);
        }
    }

    /** {@link GoogleRetryPolicy#standard()} and a 30 s read timeout. */
    public static GoogleHttp standard() {
        return new GoogleHttp(GoogleRetryPolicy.standard(), Duration.ofSeconds(30));
    }
}
