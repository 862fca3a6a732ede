package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import com.google.api.client.util.ExponentialBackOff;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import touchbase.account.GoogleScopes;
import touchbase.config.AppConfig;
import touchbase.config.GoogleEndpoints;
import touchbase.config.GoogleHttp;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.google.GoogleRetryPolicy;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.calendar.events.EmulatedEvent;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * What a fault run books and what must hold afterwards, shared by the run in this JVM and the run whose
 * process is killed: every series {@code booked}, exactly one Google event per colleague, an empty
 * outbox, and a feed whose occurrences over 120 days are Google's instances.
 *
 * <p>Runs are seeded: {@code -Dtouchbase.faults.seed=N} replays one, {@code -Dtouchbase.faults.colleagues=N}
 * sizes it (the suite's defaults are small and fixed; {@code bench/faults.sh} runs 200 with random seeds).
 */
final class FaultRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMAIL_PREFIX = "fault";
    static final Duration READ_TIMEOUT = Duration.ofMillis(1000);

    /**
     * One run's seed, size, kills and share of Google calls that fail, read from the system properties
     * ({@code touchbase.faults.seed}, {@code .colleagues}, {@code .kills}, {@code .rate}) over the
     * test's defaults, and printed so that a failure can be replayed.
     */
    record Settings(long seed, int colleagues, int kills, double rate) {
        static Settings read(String test, int defaultColleagues, int defaultKills, double defaultRate) {
            Settings settings = new Settings(Long.getLong("touchbase.faults.seed", 20261203L),
                    Integer.getInteger("touchbase.faults.colleagues", defaultColleagues),
                    Integer.getInteger("touchbase.faults.kills", defaultKills),
                    Double.parseDouble(System.getProperty("touchbase.faults.rate", String.valueOf(defaultRate))));
            System.out.println(test + ": seed " + settings.seed + ", " + settings.colleagues + " colleagues, "
                    + settings.kills + " kills, " + settings.rate + " of Google calls failing (replay with"
                    + " -Dtouchbase.faults.seed=" + settings.seed + ")");
            return settings;
        }

        /** {@code kills} distinct colleagues, drawn from {@code random}, at whose booking the service is stopped. */
        java.util.Set<Integer> killPoints(java.util.Random random) {
            java.util.Set<Integer> points = new java.util.TreeSet<>();
            while (points.size() < Math.min(kills, colleagues - 1)) {
                points.add(1 + random.nextInt(colleagues - 1));
            }
            return points;
        }
    }

    private FaultRun() {
    }

    /** Raises the day and week caps so that many colleagues fit in the planning window. */
    static void raiseCaps(DemoSession session) {
        HttpResponse<String> answer = session.api("PUT", "/api/me/preferences",
                "{\"maxPerDay\":20,\"maxPerWeek\":100,\"bufferMinutes\":0}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** Adds colleague {@code i} and books them (each call repeated with its key until it is answered); the series id. */
    static String book(DemoSession session, int i) {
        String cadence = i % 2 == 0 ? "monthly" : "quarterly";
        HttpResponse<String> added = session.persist("/api/colleagues", "colleague-" + i,
                "{\"email\":\"" + email(i) + "\",\"name\":\"Fault Colleague " + i + "\",\"cadence\":\"" + cadence + "\"}");
        String colleagueId = added.statusCode() == 201 ? DemoSession.json(added).get("id").asString() : colleagueId(session, i);
        HttpResponse<String> booked = session.persist("/api/touchbases", "series-" + i,
                "{\"colleagueId\":\"" + colleagueId + "\"}");
        JsonNode answer = DemoSession.json(booked);
        return booked.statusCode() == 409 ? answer.get("seriesId").asString() : answer.get("id").asString();
    }

    /** The id of colleague {@code i}, added by a request whose answer was lost when the service died. */
    private static String colleagueId(DemoSession session, int i) {
        JsonNode list = DemoSession.json(session.api("GET", "/api/colleagues", null));
        for (JsonNode colleague : list.isArray() ? list : list.path("colleagues")) {
            if (email(i).equals(colleague.path("email").asString())) {
                return colleague.get("id").asString();
            }
        }
        throw new AssertionError("colleague " + email(i) + " was answered 409 but is not listed: " + list);
    }

    static String email(int i) {
        return EMAIL_PREFIX + i + "@" + DemoCalendars.DOMAIN;
    }

    /** Waits until every series is booked and the outbox is empty; the series as the API lists them. */
    static List<JsonNode> waitUntilAllBooked(DemoSession session, List<String> ids, Path db, Duration atMost) {
        Set<String> wanted = Set.copyOf(ids);
        List<JsonNode> series = List.of();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            series = new ArrayList<>();
            for (JsonNode one : DemoSession.json(session.api("GET", "/api/touchbases", null))) {
                if (wanted.contains(one.get("id").asString())) {
                    series.add(one);
                }
            }
            if (series.size() == wanted.size() && series.stream().allMatch(s -> "booked".equals(s.get("status").asString()))
                    && outboxRows(db) == 0) {
                return series;
            }
            DemoSession.pause(Duration.ofMillis(200));
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        series.forEach(s -> byStatus.merge(s.get("status").asString() + " " + s.get("statusReason"), 1, Integer::sum));
        throw new AssertionError("not every series was booked: " + byStatus + "; outbox rows: " + outboxRows(db));
    }

    /** Exactly one live Google series event per colleague, and it is the one Touchbase recorded. */
    static void assertOneGoogleEventPerSeries(GoogleEmulator google, List<JsonNode> series, int colleagues) {
        Map<String, List<String>> eventsByAttendee = new HashMap<>();
        for (EmulatedEvent event : google.events(DemoCalendars.ACCOUNT_EMAIL)) {
            JsonNode json = JSON.readTree(event.json());
            if (event.cancelled() || json.has("recurringEventId")) {
                continue;
            }
            for (JsonNode attendee : json.path("attendees")) {
                String email = attendee.path("email").asString();
                if (email.startsWith(EMAIL_PREFIX)) {
                    eventsByAttendee.computeIfAbsent(email, e -> new ArrayList<>()).add(event.id());
                }
            }
        }
        assertThat(eventsByAttendee).as("colleagues with a series on Google").hasSize(colleagues);
        eventsByAttendee.forEach((email, events) -> assertThat(events).as("Google events with " + email).hasSize(1));
        Set<String> recorded = new java.util.HashSet<>();
        series.forEach(one -> recorded.add(one.get("googleEventId").asString()));
        eventsByAttendee.values().forEach(events -> assertThat(recorded).contains(events.get(0)));
    }

    /** The feed expands, by ical4j and by biweekly, to exactly the instances Google has over 120 days. */
    static void assertFeedMatchesGoogle(DemoSession session, GoogleEmulator google) throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant to = from.plus(120, ChronoUnit.DAYS);
        String token = google.issueTokens(DemoCalendars.ACCOUNT_EMAIL, Set.of(GoogleScopes.CALENDAR)).accessToken();
        Map<String, List<Instant>> onGoogle = GoogleSeries.onGoogle(session, google.apiRoot(), token, from, to);
        List<Map<String, List<Instant>>> feed = GoogleSeries.inFeed(session, from, to);
        assertThat(onGoogle).isNotEmpty();
        assertThat(feed.get(0)).as("the feed read by ical4j").isEqualTo(onGoogle);
        assertThat(feed.get(1)).as("the feed read by biweekly").isEqualTo(onGoogle);
    }

/**
     * The service in this JVM on {@code port}, pointed at {@code google} (the emulator behind the fault
     * proxy), with a Google client that retries after milliseconds and gives up reading after
     * {@link #READ_TIMEOUT}, and a 5 s outbox lease.
     */
    static RunningService inProcess(int port, Path dataDir, GoogleEmulator emulator, FaultyGoogle google) {
        AppConfig config = AppConfig.fromEnvironment(Map.of("PORT", String.valueOf(port),
                "TOUCHBASE_DATA_DIR", dataDir.toString(), "TOUCHBASE_DEMO", "true", "TOUCHBASE_ACCESS_LOG", "off",
                "TOUCHBASE_OUTBOX_LEASE_SECONDS", "5"));
        GoogleEndpoints endpoints = new GoogleEndpoints(URI.create(emulator.authUri()), URI.create(emulator.tokenUri()),
                URI.create(emulator.revokeUri()), URI.create(google.apiRoot()), URI.create(emulator.userinfoUri()));
        AppConfig pointed = config.withGoogle(
                new AppConfig.GoogleClient(DemoCalendars.CLIENT_ID, DemoCalendars.CLIENT_SECRET), endpoints);
        GoogleRetryPolicy quickRetries = new GoogleRetryPolicy(() -> new ExponentialBackOff.Builder()
                .setInitialIntervalMillis(2).setMaxIntervalMillis(20).setMaxElapsedTimeMillis(60_000).build(),
                Thread::sleep, 6);
        return Wiring.start(pointed, Clock.systemUTC(), new GoogleHttp(quickRetries, READ_TIMEOUT));
    }

    static int outboxRows(Path db) {
        return Integer.parseInt(query(db, "SELECT COUNT(*) FROM outbox"));
    }

    /** SQLite's own check of the file: {@code ok} when nothing is corrupt. */
    static String integrityCheck(Path db) {
        return query(db, "PRAGMA integrity_check");
    }

    static String query(Path db, String sql) {
        SQLException last = null;
        for (int attempt = 0; attempt < 20; attempt++) { // SQLITE_BUSY while the service writes: ask again
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                last = e;
                DemoSession.pause(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("could not read " + db, last);
    }
}
