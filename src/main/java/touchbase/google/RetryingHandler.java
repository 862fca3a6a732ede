package touchbase.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpIOExceptionHandler;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.BackOffUtils;
import com.google.api.client.util.Sleeper;
import java.io.IOException;
import java.util.Set;

/** One request's retry state: at most one token refresh, then back-off on what {@link GoogleRetryPolicy} names. */
final class RetryingHandler implements HttpUnsuccessfulResponseHandler, HttpIOExceptionHandler {

    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private final Credential credential;
    private final BackOff backOff;
    private final Sleeper sleeper;
    private boolean tokenRefreshed;

    RetryingHandler(Credential credential, BackOff backOff, Sleeper sleeper) {
        this.credential = credential;
        this.backOff = backOff;
        this.sleeper = sleeper;
    }

    @Override
    public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry) throws IOException {
        if (!supportsRetry) {
            return false;
        }
        if (response.getStatusCode() == 401) {
            return refreshOnce(request, response);
        }
        return isTransient(response) && backOff();
    }

    @Override
    public boolean handleIOException(HttpRequest request, boolean supportsRetry) throws IOException {
        return supportsRetry && backOff();
    }

    private boolean refreshOnce(HttpRequest request, HttpResponse response) {
        if (tokenRefreshed || credential == null) {
            return false;
        }
        tokenRefreshed = true;
        return credential.handleResponse(request, response, true);
    }

    private static boolean isTransient(HttpResponse response) {
        int status = response.getStatusCode();
        if (status >= 500 || status == 429) {
            return true;
        }
        return status == 403 && GoogleErrors.peekReason(response).filter(RATE_LIMIT_REASONS::contains).isPresent();
    }

    private boolean backOff() throws IOException {
        try {
            return BackOffUtils.next(sleeper, backOff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
