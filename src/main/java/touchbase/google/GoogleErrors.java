package touchbase.google;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonErrorContainer;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import touchbase.domain.CalendarProblem;
import touchbase.domain.CalendarProblem.Kind;

/**
 * Reads Google's error JSON ({@code {"error":{"code":403,"message":..,"errors":[{"domain":..,
 * "reason":..}]}}}, see the Calendar API errors guide) and turns final failures into
 * {@link CalendarProblem}s a person can act on.
 */
final class GoogleErrors {

    private static final int PEEK_LIMIT = 64 * 1024;

    private GoogleErrors() {
    }

    /**
     * The first error reason of an unsuccessful response, read without consuming the body so the
     * client can still build its exception from it.
     */
    static Optional<String> peekReason(HttpResponse response) {
        try {
            InputStream content = response.getContent();
            if (content == null || !content.markSupported()) {
                return Optional.empty();
            }
            content.mark(PEEK_LIMIT + 1);
            byte[] body = content.readNBytes(PEEK_LIMIT);
            content.reset();
            GoogleJsonErrorContainer container = GsonFactory.getDefaultInstance()
                    .fromString(new String(body, StandardCharsets.UTF_8), GoogleJsonErrorContainer.class);
            return reason(container.getError());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether Google answered with this status and (first) reason. */
    static boolean hasReason(IOException failure, int status, String reason) {
        return failure instanceof GoogleJsonResponseException json
                && json.getStatusCode() == status
                && reason(json.getDetails()).filter(reason::equals).isPresent();
    }

    static boolean hasStatus(IOException failure, int status) {
        return failure instanceof GoogleJsonResponseException json && json.getStatusCode() == status;
    }

    /** The problem to surface after retries, for a failure while trying to {@code action} (a verb phrase). */
    static CalendarProblem problem(IOException failure, String action) {
        if (failure instanceof TokenResponseException token) {
            return tokenProblem(token, action);
        }
        if (failure instanceof GoogleJsonResponseException json) {
            return apiProblem(json, action);
        }
        return new CalendarProblem(Kind.UNAVAILABLE,
                "Google Calendar did not answer while Touchbase tried to " + action + ". Please try again later.",
                null, failure);
    }

    private static CalendarProblem tokenProblem(TokenResponseException failure, String action) {
        String error = failure.getDetails() == null ? null : failure.getDetails().getError();
        if ("invalid_grant".equals(error)) {
            return accessRevoked(error, failure);
        }
        if (failure.getStatusCode() >= 500) {
            return new CalendarProblem(Kind.UNAVAILABLE,
                    "Google sign-in did not answer while Touchbase tried to " + action + ". Please try again later.",
                    error, failure);
        }
        return new CalendarProblem(Kind.REJECTED,
                "Google sign-in refused Touchbase's credentials (" + error + ") while trying to " + action
                        + ". Check the OAuth client id and secret.",
                error, failure);
    }

    private static CalendarProblem apiProblem(GoogleJsonResponseException failure, String action) {
        int status = failure.getStatusCode();
        String reason = reason(failure.getDetails()).orElse(null);
        if (status == 401) {
            return accessRevoked(reason, failure);
        }
        if (status == 403 && "insufficientPermissions".equals(reason)) {
            return new CalendarProblem(Kind.ACCESS_REVOKED, "Touchbase's access to Google Calendar no longer includes"
                    + " managing events, so it could not " + action + ". Reconnect Google Calendar and leave the"
                    + " calendar permission ticked.", reason, failure);
        }
        if ("quotaExceeded".equals(reason)) {
            return new CalendarProblem(Kind.QUOTA_EXCEEDED,
                    "Google Calendar's usage limit for Touchbase is used up, so Touchbase could not " + action
                            + ". This can last a few hours.",
                    reason, failure);
        }
        if (status == 429 || "rateLimitExceeded".equals(reason) || "userRateLimitExceeded".equals(reason)) {
            return new CalendarProblem(Kind.RATE_LIMITED,
                    "Google Calendar asked Touchbase to slow down, so it could not " + action
                            + ". Please try again in a minute.",
                    reason, failure);
        }
        if (status >= 500) {
            return new CalendarProblem(Kind.UNAVAILABLE,
                    "Google Calendar had a problem while Touchbase tried to " + action + ". Please try again later.",
                    reason, failure);
        }
        return new CalendarProblem(Kind.REJECTED,
                "Google Calendar refused to " + action + ": " + message(failure).replaceAll("\\.$", "") + ".",
                reason, failure);
    }

    /**
     * The problem after a failed insert into {@code calendarId}. A 404 there means Google does not know
     * the account's calendar, so it is the person's move, as with revoked access: reconnect with the
     * Google account that owns it.
     */
    static CalendarProblem insertProblem(IOException failure, String calendarId) {
        if (!hasReason(failure, 404, "notFound")) {
            return problem(failure, "book the touch-base");
        }
        return new CalendarProblem(Kind.ACCESS_REVOKED, "Google Calendar does not know the calendar " + calendarId
                + ". Reconnect Google Calendar with the account that owns it.", "notFound", failure);
    }

    private static CalendarProblem accessRevoked(String reason, Exception failure) {
        return new CalendarProblem(Kind.ACCESS_REVOKED,
                "Google no longer accepts Touchbase's access to this calendar (it was revoked or has expired)."
                        + " Reconnect Google Calendar to continue.",
                reason, failure);
    }

    private static String message(GoogleJsonResponseException failure) {
        GoogleJsonError details = failure.getDetails();
        if (details != null && details.getMessage() != null) {
            return details.getMessage();
        }
        return failure.getStatusCode() + " " + failure.getStatusMessage();
    }

    private static Optional<String> reason(GoogleJsonError error) {
        if (error == null || error.getErrors() == null || error.getErrors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(error.getErrors().get(0).getReason());
    }
}
