package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.it.ClusterBrowser.json;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.booking.OutboxWorker;
import touchbase.config.AppConfig;
import touchbase.config.GoogleEndpoints;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.calendar.events.EmulatedEvent;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.storage.Database;
import touchbase.storage.PostgresTestServer;

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

    private final ShiftedClock clock = new ShiftedClock();
    private final List<AutoCloseable> running = new ArrayList<>();
    private PostgresTestServer.Login login;
    private GoogleEmulator google;

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void booksEveryColleagueOnceWhileRequestsAlternateAndOneInstanceCrashes() throws Exception {
        google = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(clock)), 0, clock);
        running.add(google);
        login = new PostgresTestServer.Schema().login();
        RunningService first = instance();
        RunningService second = instance();
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
            if (i == COLLEAGUES / 2) {
                first.crash();
                clock.shift(PAST_LEASES);
                first = instance();
            }
        }

        List<JsonNode> series = waitUntilAllBooked(browser, first.port(), second.port());
        assertThat(series).extracting(s -> s.get("id").asString())
                .containsExactlyInAnyOrderElementsOf(seriesByColleague.values());
        assertThat(series).extracting(s -> s.get("colleagueId").asString())
                .containsExactlyInAnyOrderElementsOf(seriesByColleague.keySet());
        List<EmulatedEvent> live = google.events(DemoCalendars.ACCOUNT_EMAIL).stream()
                .filter(event -> !event.cancelled()).toList();
        for (JsonNode one : series) {
            String prefix = one.get("googleEventId").asString().substring(0, 26);
            assertThat(live).as("events of series %s on Google", one.get("id").asString())
                    .filteredOn(event -> event.id().startsWith(prefix)).hasSize(1);
        }
        assertThat(outboxRows()).as("writes left in the outbox").isZero();
    }

    private RunningService instance() {
        Map<String, String> env = new HashMap<>(PostgresDemoBookingFlowTest.environment(login, 4));
        env.put("TOUCHBASE_BASE_URL", ClusterBrowser.PUBLIC_URL);
        env.put("TOUCHBASE_DATA_DIR", dataDir.toString());
        env.put("TOUCHBASE_SECRET_KEY", "q0e8Fzj7Y2VwZ3yW1oJtV0q3wE7r5k9mXc2nB4aS6dE=");
        env.put("TOUCHBASE_DEMO", "true");
        AppConfig config = AppConfig.fromEnvironment(env).withPort(0).withGoogle(
                new AppConfig.GoogleClient(DemoCalendars.CLIENT_ID, DemoCalendars.CLIENT_SECRET),
                new GoogleEndpoints(java.net.URI.create(google.authUri()), java.net.URI.create(google.tokenUri()),
                        java.net.URI.create(google.revokeUri()), java.net.URI.create(google.apiRoot()),
                        java.net.URI.create(google.userinfoUri())));
        RunningService service = Wiring.start(config, clock);
        running.add(service);
        return service;
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

    private long outboxRows() {
        try (Database database = Database.open(login.url(), login.user(), login.password())) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
        }
    }

    /** The wall clock, shifted forward by the test (every instance and the emulator read it). */
    private static final class ShiftedClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
