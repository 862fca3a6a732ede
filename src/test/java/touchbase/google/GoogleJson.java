package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.UUID;
import touchbase.booking.EventIds;

/** Google's own JSON shapes (Calendar API errors guide, discovery document) for the stubs. */
final class GoogleJson {

    static final String SERIES_ID = "6f1c1b8e-5a43-4c52-9d1e-2f4a5b6c7d8e";
    static final String EVENT_ID = EventIds.forSeries(UUID.fromString(SERIES_ID), 0);

    private GoogleJson() {
    }

    static ResponseDefinitionBuilder error(int code, String domain, String reason, String message) {
        return aResponse()
                .withStatus(code)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("""
                        {
                         "error": {
                          "errors": [
                           {
                            "domain": "%s",
                            "reason": "%s",
                            "message": "%s"
                           }
                          ],
                          "code": %d,
                          "message": "%s"
                         }
                        }""".formatted(domain, reason, message, code, message));
    }

    static ResponseDefinitionBuilder backendError(int code) {
        return error(code, "global", "backendError", "Backend Error");
    }

    static ResponseDefinitionBuilder rateLimited(int code, String reason) {
        String message = reason.equals("userRateLimitExceeded") ? "User Rate Limit Exceeded" : "Rate Limit Exceeded";
        return error(code, "usageLimits", reason, message);
    }

    static ResponseDefinitionBuilder quotaExceeded() {
        return error(403, "usageLimits", "quotaExceeded", "Calendar usage limits exceeded.");
    }

    static ResponseDefinitionBuilder notFound() {
        return error(404, "global", "notFound", "Not Found");
    }

    static ResponseDefinitionBuilder duplicate() {
        return error(409, "global", "duplicate", "The requested identifier already exists.");
    }

    static ResponseDefinitionBuilder deleted() {
        return error(410, "global", "deleted", "Resource has been deleted");
    }

    static ResponseDefinitionBuilder fullSyncRequired() {
        return error(410, "calendar", "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
    }

    static ResponseDefinitionBuilder invalidCredentials() {
        return aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
                .withBody("""
                        {
                         "error": {
                          "errors": [
                           {
                            "domain": "global",
                            "reason": "authError",
                            "message": "Invalid Credentials",
                            "locationType": "header",
                            "location": "Authorization"
                           }
                          ],
                          "code": 401,
                          "message": "Invalid Credentials"
                         }
                        }""");
    }

    static String tokenResponse(String accessToken) {
        return """
                {
                  "access_token": "%s",
                  "expires_in": 3599,
                  "scope": "https://www.googleapis.com/auth/calendar.events",
                  "token_type": "Bearer"
                }""".formatted(accessToken);
    }

    static ResponseDefinitionBuilder invalidGrant() {
        return aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("""
                        {
                          "error": "invalid_grant",
                          "error_description": "Token has been expired or revoked."
                        }""");
    }

    /** A Touchbase series as Google returns it; {@code extra} adds fields such as conferenceData. */
    static String event(String id, String status, String extra) {
        return """
                {
                 "kind": "calendar#event",
                 "etag": "\\"3525183624184000\\"",
                 "id": "%1$s",
                 "status": "%2$s",
                 "htmlLink": "https://www.google.com/calendar/event?eid=ZHQwaG4zaWE4ZDJsNG44dDRrMGlrZDJtcHZzZzA",
                 "created": "2026-11-25T09:00:00.000Z",
                 "updated": "2026-11-25T09:00:01.092Z",
                 "summary": "Touch-base: Ada / Grace",
                 "description": "Agenda: wins, blockers, asks",
                 "creator": {"email": "ada@example.com", "self": true},
                 "organizer": {"email": "ada@example.com", "self": true},
                 "start": {"dateTime": "2026-12-01T10:00:00+01:00", "timeZone": "Europe/Berlin"},
                 "end": {"dateTime": "2026-12-01T10:30:00+01:00", "timeZone": "Europe/Berlin"},
                 "recurrence": ["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"],
                 "iCalUID": "%1$s@google.com",
                 "sequence": 0,
                 "attendees": [
                  {"email": "grace@example.com", "displayName": "Grace", "responseStatus": "needsAction"}
                 ],
                 "extendedProperties": {"private": {"touchbase": "1", "touchbaseSeriesId": "%3$s"}},
                 "reminders": {"useDefault": true},
                 "eventType": "default"%4$s
                }""".formatted(id, status, SERIES_ID, extra.isEmpty() ? "" : ",\n " + extra);
    }

    static String event(String id) {
        return event(id, "confirmed", "");
    }

    static String meet(String statusCode) {
        String entryPoints = !statusCode.equals("success") ? "" : """
                ,
                  "entryPoints": [
                   {"entryPointType": "video", "uri": "https://meet.google.com/abc-defg-hij", "label": "meet.google.com/abc-defg-hij"}
                  ],
                  "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                  "conferenceId": "abc-defg-hij"
                """;
        return """
                "conferenceData": {
                  "createRequest": {
                   "requestId": "touchbase-%s",
                   "conferenceSolutionKey": {"type": "hangoutsMeet"},
                   "status": {"statusCode": "%s"}
                  }%s
                 }""".formatted(EVENT_ID, statusCode, entryPoints);
    }
}
