package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import touchbase.account.GoogleScopes;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * A fresh demo-mode service for each test (started by the test with {@link #start()}, stopped after
 * it), with helpers to add demo colleagues and to put meetings on their calendars.
 */
abstract class DemoPerTest {

    @TempDir
    Path dataDir;

    DemoSession demo;

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    DemoSession start() {
        demo = new DemoSession(dataDir);
        return demo;
    }

    /** Adds the demo people (by the part of their address before the @) as colleagues; answers their ids. */
    List<String> colleagues(String... people) {
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            ids.add(added("{\"email\":\"" + person + "@demo.touchbase.test\"}"));
        }
        return ids;
    }

    /**
     * As {@link #colleagues}, each with the zone the demo gives them, so no zone is inferred from a
     * calendar read around the time the test runs (an inferred zone can change with the time of day).
     */
    List<String> colleaguesInTheirZones(String... people) {
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            String email = person + "@demo.touchbase.test";
            String zone = DemoCalendars.colleagues().stream().filter(p -> p.email().equals(email)).findFirst()
                    .orElseThrow().zone().getId();
            ids.add(added("{\"email\":\"" + email + "\",\"timezone\":\"" + zone + "\"}"));
        }
        return ids;
    }

    private String added(String body) {
        HttpResponse<String> added = demo.api("POST", "/api/colleagues", body);
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        return DemoSession.json(added).get("id").asString();
    }

    /** A meeting on a demo person's own calendar, put there by them through events.insert. */
    void meeting(String person, ZonedDateTime start, ZonedDateTime end) {
        GoogleEmulator google = demo.service().emulator().orElseThrow();
        String token = google.issueTokens(person + "@demo.touchbase.test", Set.of(GoogleScopes.CALENDAR)).accessToken();
        HttpResponse<String> meeting = demo.send(HttpRequest.newBuilder(URI.create(google.apiRoot()
                + "calendar/v3/calendars/primary/events")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Budget review\",\"start\":{\"dateTime\":\""
                        + start.toOffsetDateTime() + "\"},\"end\":{\"dateTime\":\"" + end.toOffsetDateTime() + "\"}}")));
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(200);
    }
}
