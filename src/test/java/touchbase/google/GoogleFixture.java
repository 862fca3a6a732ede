package touchbase.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.services.calendar.Calendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real Google Calendar client pointed at a WireMock server on 127.0.0.1, with a back-off of a few
 * milliseconds whose waits are only recorded, never slept.
 */
final class GoogleFixture {

    static final String OLD_TOKEN = "ya29.old-access-token";
    static final String NEW_TOKEN = "ya29.new-access-token";
    static final String REFRESH_TOKEN = "1//refresh-token";
    static final Duration NORMAL_READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    final ApiCallCounter counter = new ApiCallCounter();
    final List<Long> sleeps = new CopyOnWriteArrayList<>();
    final List<String> refreshedTokens = new CopyOnWriteArrayList<>();
    final List<String> refreshErrors = new CopyOnWriteArrayList<>();
    private final String apiRoot;
    private final String tokenServerUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;

    GoogleFixture(String baseUrl) {
        this(baseUrl + "/", baseUrl + "/token", "touchbase-test.apps.googleusercontent.com", "test-secret",
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
    }

    /** Clients of another Google (such as the emulator) with its own OAuth client and clock. */
    GoogleFixture(String apiRoot, String tokenServerUrl, String clientId, String clientSecret, Clock clock) {
        this.apiRoot = apiRoot;
        this.tokenServerUrl = tokenServerUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    Calendar calendar() {
        return calendar(new CalendarCredentials(Optional.of(OLD_TOKEN), REFRESH_TOKEN, Optional.empty()), NORMAL_READ_TIMEOUT);
    }

    Calendar calendar(CalendarCredentials tokens, Duration readTimeout) {
        GoogleApiSettings settings = new GoogleApiSettings(apiRoot, tokenServerUrl, clientId, clientSecret,
                Duration.ofSeconds(2), readTimeout);
        GoogleRetryPolicy retries = new GoogleRetryPolicy(
                () -> new ExponentialBackOff.Builder()
                        .setInitialIntervalMillis(1)
                        .setMaxIntervalMillis(4)
                        .setMaxElapsedTimeMillis(60_000)
                        .build(),
                sleeps::add,
                3);
        return new GoogleCalendarClientFactory(settings, retries, counter, clock).calendarFor(tokens, listener());
    }

    GoogleCalendarEvents events() {
        return events(calendar());
    }

    GoogleCalendarEvents events(Calendar calendar) {
        return new GoogleCalendarEvents(calendar);
    }

    private CredentialRefreshListener listener() {
        return new CredentialRefreshListener() {
            @Override
            public void onTokenResponse(Credential credential, TokenResponse response) {
                refreshedTokens.add(response.getAccessToken());
            }

            @Override
            public void onTokenErrorResponse(Credential credential, TokenErrorResponse response) {
                refreshErrors.add(response == null ? "no details" : response.getError());
            }
        };
    }
}
