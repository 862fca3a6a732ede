package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.it.ClusterBrowser.json;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.booking.OutboxWorker;
import touchbase.config.RunningService;
import touchbase.google.emulator.calendar.events.EmulatedEvent;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * Issue 16's scale-out check: two Touchbase instances (the real wiring, each with its own web server
 * on a free port and its own db-scheduler) on one PostgreSQL and one Google, with a browser whose
 * requests alternate between them. One instance crashes half-way (its database connections cut, so
 * it gives back nothing it claimed) and comes back later; when the leases and heartbeats it held have
 * run out, the survivor finishes its work. Every colleague ends with one booked series and exactly one
 * event on Google, and the outbox is empty.
 */
class TwoInstancesTest {

    private static final int COLLEAGUES = 100;
    /** Beyond the outbox lease and db-scheduler's dead-execution limit (a minute of missed heartbeats). */
    private static final Duration PAST_LEASES = OutboxWorker.LEASE.plus(Duration.ofMinutes(2));

    @TempDir
    Path dataDir;

    private TouchbaseCluster cluster;

    @AfterEach
    void stopAll() throws Exception {
        cluster.close();
    }

    @Test
    void booksEveryColleagueOnceWhileRequestsAlternateAndOneInstanceCrashes() throws Exception {
        cluster = new TouchbaseCluster(dataDir);
        RunningService first = cluster.instance();
        RunningService second = cluster.instance();
        ClusterBrowser browser = new ClusterBrowser();
        browser.signIn(first.port(), second.port());
        String zone = json(browser.api(second.port(), "GET", "/api/me", null)).get("timeZone").asString();
        assertThat(browser.api(first.port(), "PUT", "/api/me/preferences",
                "{\"maxPerDay\":20,\"maxPerWeek\":100,\"bufferMinutes\":0,\"addMeetLink\":false}").statusCode()).isEqualTo(200);

        Map<String, String> seriesByColleague = new HashMap<>();
        for (int i = 0; i < COLLEAGUES; i++) {
            int adding = (i % 2 == 0 ? first : second).port();
            int booking = (i % 2 == 0 ? second : first).port();
            var added = browser.api(adding, "POST", "/api/colleagues", "{\"email\":\"colleague-" + i
                    + "@scale.touchbase.test\",\"name\":\"Colleague " + i + "\",\"timezone\":\"" + zone
                    + "\",\"cadence\":\"quarterly\"}");
            assertThat(added.statusCode()).as("adding colleague %d: %s", i, added.body()).isEqualTo(201);
            String colleagueId = json(added).get("id").asString();
            var booked = browser.api(booking, "POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}");
            assertThat(booked.statusCode()).as("booking colleague %d: %s", i, booked.body()).isEqualTo(201);
            seriesByColleague.put(colleagueId, json(booked).get("id").asString());
            if (i == COLLEAGUES / 2 + 1) { // just booked on the first instance, whose worker now writes it to Google
                first.crash();
                cluster.shiftClock(PAST_LEASES);
                first = cluster.instance();
            }
        }

        List<JsonNode> series = waitUntilAllBooked(browser, first.port(), second.port());
        assertThat(series).extracting(s -> s.get("id").asString())
                .containsExactlyInAnyOrderElementsOf(seriesByColleague.values());
        assertThat(series).extracting(s -> s.get("colleagueId").asString())
                .containsExactlyInAnyOrderElementsOf(seriesByColleague.keySet());
        List<EmulatedEvent> live = cluster.google().events(DemoCalendars.ACCOUNT_EMAIL).stream()
                .filter(event -> !event.cancelled()).toList();
        for (JsonNode one : series) {
            String prefix = one.get("googleEventId").asString().substring(0, 26);
            assertThat(live).as("events of series %s on Google", one.get("id").asString())
                    .filteredOn(event -> event.id().startsWith(prefix)).hasSize(1);
        }
        assertThat(cluster.rows("outbox")).as("writes left in the outbox").isZero();
    }

    private static List<JsonNode> waitUntilAllBooked(ClusterBrowser browser, int... ports) throws InterruptedException {
        List<JsonNode> series = List.of();
        for (int round = 0; round < 600; round++) {
            series = new ArrayList<>();
            json(browser.api(ports[round % ports.length], "GET", "/api/touchbases", null)).forEach(series::add);
            if (series.size() >= COLLEAGUES && series.stream().allMatch(s -> "booked".equals(s.get("status").asString()))) {
                return series;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not every series was booked: " + series.stream()
                .filter(s -> !"booked".equals(s.get("status").asString())).toList());
    }
}
