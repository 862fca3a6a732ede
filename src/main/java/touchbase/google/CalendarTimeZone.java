package touchbase.google;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.services.calendar.Calendar;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import touchbase.account.GoogleAuthException;

/**
 * The time zone of a person's calendar. First {@code GET calendar/v3/users/me/settings/timezone}
 * (a Setting resource; its {@code value} is an IANA zone). That method needs a calendar read or
 * settings scope, which Touchbase does not request, so a 403 (or 404) falls back to the
 * {@code timeZone} of {@code GET calendar/v3/calendars/primary/events?maxResults=1}, which
 * {@code calendar.events} allows; when both are refused the zone is UTC.
 */
final class CalendarTimeZone {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final HttpTransport transport;
    private final JsonFactory json;
    private final URI apiRoot;

    CalendarTimeZone(HttpTransport transport, JsonFactory json, URI apiRoot) {
        this.transport = transport;
        this.json = json;
        this.apiRoot = apiRoot;
    }

    ZoneId of(HttpRequestInitializer authorization) {
        Calendar calendar = new Calendar.Builder(transport, json, authorization)
                .setRootUrl(apiRoot.toString())
                .setApplicationName("Touchbase")
                .build();
        try {
            return zone(calendar.settings().get("timezone").execute().getValue());
        } catch (GoogleJsonResponseException e) {
            if (!isRefusal(e)) {
                throw failed(e);
            }
        } catch (IOException e) {
            throw failed(e);
        }
        try {
            return zone(calendar.events().list("primary").setMaxResults(1).execute().getTimeZone());
        } catch (GoogleJsonResponseException e) {
            if (isRefusal(e)) {
                return UTC;
            }
            throw failed(e);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static boolean isRefusal(GoogleJsonResponseException e) {
        return e.getStatusCode() == 403 || e.getStatusCode() == 404;
    }

    private static ZoneId zone(String value) {
        try {
            return value == null ? UTC : ZoneId.of(value);
        } catch (DateTimeException unknownZone) {
            return UTC;
        }
    }

    private static GoogleAuthException failed(IOException e) {
        return new GoogleAuthException("cannot read the calendar's time zone: " + e.getMessage(), e);
    }
}
