package touchbase.google;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how Touchbase talks to Google. Production uses {@link #google(String, String)}; tests
 * and the emulator point {@code apiRoot} and {@code tokenServerUrl} at 127.0.0.1.
 *
 * @param apiRoot root URL of Google's APIs ending in {@code /}, the Calendar service path
 *     {@code calendar/v3/} is added to it
 * @param tokenServerUrl OAuth token endpoint used to refresh access tokens
 */
public record GoogleApiSettings(
        String apiRoot,
        String tokenServerUrl,
        String clientId,
        String clientSecret,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final String GOOGLE_API_ROOT = "https://www.googleapis.com/";
    public static final String GOOGLE_TOKEN_SERVER = "https://oauth2.googleapis.com/token";
    public static final String CALENDAR_SERVICE_PATH = "calendar/v3/";

    public GoogleApiSettings {
        requireText(apiRoot, "apiRoot");
        if (!apiRoot.endsWith("/")) {
            throw new IllegalArgumentException("apiRoot must end with /, like https://www.googleapis.com/, got " + apiRoot);
        }
        requireText(tokenServerUrl, "tokenServerUrl");
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** Google's real endpoints with 20 s connect and 30 s read timeouts. */
    public static GoogleApiSettings google(String clientId, String clientSecret) {
        return new GoogleApiSettings(GOOGLE_API_ROOT, GOOGLE_TOKEN_SERVER, clientId, clientSecret,
                Duration.ofSeconds(20), Duration.ofSeconds(30));
    }

    public GoogleApiSettings withEndpoints(String newApiRoot, String newTokenServerUrl) {
        return new GoogleApiSettings(newApiRoot, newTokenServerUrl, clientId, clientSecret, connectTimeout, readTimeout);
    }

    public GoogleApiSettings withTimeouts(Duration newConnectTimeout, Duration newReadTimeout) {
        return new GoogleApiSettings(apiRoot, tokenServerUrl, clientId, clientSecret, newConnectTimeout, newReadTimeout);
    }

    /** Never shows the client secret. */
    @Override
    public String toString() {
        return "GoogleApiSettings[apiRoot=" + apiRoot + ", tokenServerUrl=" + tokenServerUrl + ", clientId=" + clientId
                + ", clientSecret=***, connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requirePositive(Duration value, String field) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + " must be positive and below 24 days, got " + value);
        }
    }
}
