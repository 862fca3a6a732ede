package touchbase.google;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import java.time.Clock;
import java.util.Objects;

/**
 * Builds Google Calendar clients, one per connected account: its OAuth credential (refreshed at the
 * configured token server, refreshes reported to the caller's listener), the retry policy, timeouts
 * and the attempt counter. HTTP goes through Apache HttpClient (automatic retries off, so only
 * {@link GoogleRetryPolicy} repeats requests), which sends PATCH as PATCH rather than as a POST with
 * {@code X-HTTP-Method-Override}.
 */
public final class GoogleCalendarClientFactory {

    public static final String APPLICATION_NAME = "Touchbase";

    private final GoogleApiSettings settings;
    private final GoogleRetryPolicy retryPolicy;
    private final ApiCallCounter counter;
    private final Clock clock;
    /** Made on first use: Apache's client sets up TLS (the JDK's trust store) when built, which start-up need not wait for. */
    private HttpTransport transport;
    private final JsonFactory jsonFactory = GsonFactory.getDefaultInstance();

    public GoogleCalendarClientFactory(
            GoogleApiSettings settings, GoogleRetryPolicy retryPolicy, ApiCallCounter counter, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy must not be null");
        this.counter = Objects.requireNonNull(counter, "counter must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * A Calendar client acting for the account these tokens belong to.
     *
     * @param listener told about every refreshed token (persist it) and every refused refresh
     *     ({@code invalid_grant} means the account must reconnect)
     */
    public Calendar calendarFor(CalendarCredentials tokens, CredentialRefreshListener listener) {
        Credential credential = credential(tokens, listener);
        return new Calendar.Builder(transport(), jsonFactory, initializer(credential))
                .setRootUrl(settings.apiRoot())
                .setServicePath(GoogleApiSettings.CALENDAR_SERVICE_PATH)
                .setBatchPath("batch/" + GoogleApiSettings.CALENDAR_SERVICE_PATH.replaceAll("/$", ""))
                .setApplicationName(APPLICATION_NAME)
                .build();
    }

    private synchronized HttpTransport transport() {
        if (transport == null) {
            transport = new ApacheHttpTransport();
        }
        return transport;
    }

    private Credential credential(CalendarCredentials tokens, CredentialRefreshListener listener) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(transport())
                .setJsonFactory(jsonFactory)
                .setTokenServerEncodedUrl(settings.tokenServerUrl())
                .setClientAuthentication(new ClientParametersAuthentication(settings.clientId(), settings.clientSecret()))
                .setClock(clock::millis)
                .addRefreshListener(listener)
                .build();
        credential.setRefreshToken(tokens.refreshToken());
        tokens.accessToken().ifPresent(credential::setAccessToken);
        tokens.accessTokenExpiresAt().ifPresent(at -> credential.setExpirationTimeMilliseconds(at.toEpochMilli()));
        return credential;
    }

    private HttpRequestInitializer initializer(Credential credential) {
        return (HttpRequest request) -> {
            request.setConnectTimeout((int) settings.connectTimeout().toMillis());
            request.setReadTimeout((int) settings.readTimeout().toMillis());
            request.setInterceptor(attempt -> {
                credential.intercept(attempt);
                counter.recordAttempt();
            });
            retryPolicy.applyTo(request, credential);
        };
    }
}
