package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import touchbase.account.GoogleScopes;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * Puts a meeting on the demo account's own calendar in the running emulator, as Alex would through
 * Google Calendar ({@code events.insert} over HTTP): Alex and the others have accepted.
 */
public final class MeetingsOnDemoGoogle {

    private MeetingsOnDemoGoogle() {
    }

    /** An hour-long meeting with {@code people} starting at {@code start} (in the past, for last contact). */
    public static void meeting(GoogleEmulator google, String title, Instant start, String... people) {
        String token = google.issueTokens(DemoCalendars.ACCOUNT_EMAIL, Set.of(GoogleScopes.CALENDAR_EVENTS))
                .accessToken();
        String attendees = Stream.concat(Stream.of(DemoCalendars.ACCOUNT_EMAIL), Stream.of(people))
                .map(email -> "{\"email\":\"" + email + "\",\"responseStatus\":\"accepted\"}")
                .collect(Collectors.joining(","));
        String body = "{\"summary\":\"" + title + "\",\"start\":{\"dateTime\":\"" + start + "\"},\"end\":{\"dateTime\":\""
                + start.plus(Duration.ofHours(1)) + "\"},\"attendees\":[" + attendees + "]}";
        HttpRequest insert = HttpRequest.newBuilder(URI.create(google.apiRoot() + "calendar/v3/calendars/primary/events"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(insert, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("events.insert: %s", answer.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
