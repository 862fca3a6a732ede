package touchbase.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * When Touchbase repeats a Google request: with exponential backoff and jitter on 5xx, 429, 403
 * {@code rateLimitExceeded} / {@code userRateLimitExceeded} and I/O failures (timeouts, resets), as
 * Google's error guide asks. Other 4xx, including 403 {@code quotaExceeded} (an abuse limit lasting
 * hours), are not repeated. Inserts are repeated too: their ids are chosen by Touchbase, so a repeat
 * that arrives after the first one was stored answers 409 {@code duplicate} instead of a second event.
 *
 * <p>A 401 first goes to the {@link Credential}, which refreshes the access token once; without that
 * chain our handler would replace the credential's own.
 */
public final class GoogleRetryPolicy {

    private final Supplier<BackOff> backOffs;
    private final Sleeper sleeper;
    private final int maxRetries;

    /**
     * @param backOffs a fresh back-off per request (its state is the request's retry history)
     * @param sleeper how to wait between attempts; tests pass one that does not really wait
     * @param maxRetries upper bound on repeats of one request, whatever the back-off says
     */
    public GoogleRetryPolicy(Supplier<BackOff> backOffs, Sleeper sleeper, int maxRetries) {
        this.backOffs = Objects.requireNonNull(backOffs, "backOffs must not be null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        this.maxRetries = maxRetries;
    }

    /** 1 s, 2 s, 4 s ... up to 16 s between attempts, each ±50 % at random, giving up after 60 s or 6 repeats. */
    public static GoogleRetryPolicy standard() {
        return new GoogleRetryPolicy(
                () -> new ExponentialBackOff.Builder()
                        .setInitialIntervalMillis(1_000)
                        .setMultiplier(2.0)
                        .setRandomizationFactor(0.5)
                        .setMaxIntervalMillis(16_000)
                        .setMaxElapsedTimeMillis(60_000)
                        .build(),
                Sleeper.DEFAULT,
                6);
    }

    /** Installs the policy on one request, chained after the credential's 401 handling. */
    void applyTo(HttpRequest request, Credential credential) {
        RetryingHandler handler = new RetryingHandler(credential, backOffs.get(), sleeper);
        request.setNumberOfRetries(maxRetries);
        request.setUnsuccessfulResponseHandler(handler);
        request.setIOExceptionHandler(handler);
    }
}
