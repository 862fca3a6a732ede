package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode from sign-in to a booked series, through the JSON API only: the real OAuth flow on the
 * emulator's consent page, then colleagues, a plan, a booking that the outbox worker writes to the
 * emulated Google Calendar, and the error answers. One subclass per database the service runs on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoBookingFlow {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    /** Every JSON answer of every test passes through this walker (see {@link #send}). */
    private final JsonDateTimes dateTimes = new JsonDateTimes();
    private RunningService service;
    private HttpClient browser;
    private String base;
    private String csrf;

    /** The variables that choose the database (none: the SQLite file in the data folder). */
    abstract Map<String, String> databaseEnvironment();

    @BeforeAll
    void signInOnTheEmulator() throws Exception {
        int port = freePort();
        base = "http://localhost:" + port;
        Map<String, String> env = new HashMap<>(databaseEnvironment());
        env.put("PORT", String.valueOf(port));
        env.put("TOUCHBASE_DATA_DIR", dataDir.toString());
        service = Wiring.start(AppConfig.fromEnvironment(env));
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> consent = send(HttpRequest.newBuilder(URI.create(base + "/auth/google")).GET());
        Matcher form = Pattern.compile("action=\"([^\"]+)\".*name=\"request\" value=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(consent.body());
        assertThat(form.find()).as("the emulator shows its consent form").isTrue();
        URI decision = consent.uri().resolve(form.group(1).replace("&amp;", "&"));
        HttpResponse<String> home = send(HttpRequest.newBuilder(decision)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=allow&request="
                        + URLEncoder.encode(form.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8))));
        assertThat(home.body()).contains("alex.morgan@demo.touchbase.test");
        csrf = json(api("GET", "/api/me", null)).get("csrfToken").asString();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void booksARecurringTouchBaseThatTheWorkerWritesToGoogle() throws Exception {
        HttpResponse<String> added = api("POST", "/api/colleagues",
                "{\"email\":\"lena.vogel@demo.touchbase.test\",\"name\":\"Lena Vogel\",\"timezone\":\"Europe/Berlin\","
                        + "\"cadence\":\"monthly\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        String colleagueId = json(added).get("id").asString();

        JsonNode plan = json(api("POST", "/api/plan", "{\"colleagueIds\":[\"" + colleagueId + "\"]}"));
        assertThat(plan.get("proposals").get(0).get("placed").asBoolean()).isTrue();
        assertThat(plan.get("proposals").get(0).get("rrule").asString()).startsWith("FREQ=MONTHLY");

        HttpResponse<String> booked = api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}");
        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(json(booked).get("status").asString()).isEqualTo("pending");
        String seriesId = json(booked).get("id").asString();

        JsonNode series = waitUntilBooked(seriesId);
        assertThat(series.get("googleEventId").asString()).matches("[a-v0-9]{5,}");
        assertThat(series.get("iCalUid").asString()).isNotBlank();
        assertThat(service.emulator().orElseThrow().event("alex.morgan@demo.touchbase.test",
                series.get("googleEventId").asString()).orElseThrow().summary())
                .as("titled with the Google name given with the profile scope at sign-in")
                .isEqualTo("Touch-base: Alex Morgan / Lena Vogel");

        HttpResponse<String> again = api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOnce() throws Exception {
        String body = "{\"email\":\"tom.hughes@demo.touchbase.test\",\"name\":\"Tom Hughes\"}";
        HttpResponse<String> first = send(request("POST", "/api/colleagues", body).header("Idempotency-Key", "k-1"));
        HttpResponse<String> second = send(request("POST", "/api/colleagues", body).header("Idempotency-Key", "k-1"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        HttpResponse<String> other = send(request("POST", "/api/colleagues", "{\"email\":\"x@demo.touchbase.test\"}")
                .header("Idempotency-Key", "k-1"));
        assertThat(other.statusCode()).isEqualTo(422);
    }

    @Test
    void aColleagueWithNoSharedHoursGetsAStretchBookedOnlyWithConsent() throws Exception {
        String kenji = json(api("POST", "/api/colleagues", "{\"email\":\"kenji.sato@demo.touchbase.test\","
                + "\"name\":\"Kenji Sato\",\"timezone\":\"Asia/Tokyo\"}")).get("id").asString();

        JsonNode proposal = json(api("POST", "/api/plan", "{\"colleagueIds\":[\"" + kenji + "\"]}"))
                .get("proposals").get(0);
        assertThat(proposal.get("stretch").get("minutesOutsideHours").asInt()).isPositive();
        assertThat(proposal.get("stretch").get("who").toString()).contains("Kenji Sato");
        assertThat(proposal.get("firstTouchBase").asString()).isNotBlank();
        HttpResponse<String> refused = api("POST", "/api/touchbases", "{\"colleagueId\":\"" + kenji + "\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("field").asString()).isEqualTo("acceptStretch");
        assertThat(api("POST", "/api/touchbases", "{\"colleagueId\":\"" + kenji + "\",\"acceptStretch\":true}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aColleagueAddedWithoutAZoneGetsItFromTheirCalendarAndTheOwnAddressIsRefused() throws Exception {
        JsonNode sam = json(api("POST", "/api/colleagues", "{\"email\":\"sam.rivera@demo.touchbase.test\"}"));
        assertThat(sam.get("timezone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(sam.get("timeZoneSource").asString()).isEqualTo("inferred");
        assertThat(sam.get("timeZoneNote").asString()).startsWith("America/Los_Angeles, inferred from their calendar");

        HttpResponse<String> self = api("POST", "/api/colleagues", "{\"email\":\"alex.morgan@demo.touchbase.test\"}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(json(self).get("field").asString()).isEqualTo("email");
    }

    @Test
    void importsCsvKeepingGoodLinesAndReportingBadOnes() throws Exception {
        HttpResponse<String> report = send(request("POST", "/api/colleagues/import",
                "email,name,timezone,cadence\npriya.raman@demo.touchbase.test,Priya,Asia/Kolkata,quarterly\nbob@,Bob,UTC,weekly\n")
                .header("Content-Type", "text/csv"));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).get("added").asInt()).isEqualTo(1);
        assertThat(json(report).get("rejected").asInt()).isEqualTo(1);
        assertThat(report.body()).contains("line 3");
    }

    @Test
    void importAnswersBrokenQuotingWithARejectedLineNotAServerError() throws Exception {
        HttpResponse<String> report = send(request("POST", "/api/colleagues/import",
                "email,name\n\"broken@demo.touchbase.test,Broken\nmei.tanaka@demo.touchbase.test,Mei\n")
                .header("Content-Type", "text/csv"));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).get("added").asInt()).isEqualTo(1);
        assertThat(json(report).get("rejected").asInt()).isEqualTo(1);
        assertThat(report.body()).contains("line 2: the quotes do not pair up");
    }

    @Test
    void answersEachErrorWithItsStatusAndAMessage() throws Exception {
        assertThat(api("POST", "/api/colleagues", "{\"email\":\"not-an-email\"}").statusCode()).isEqualTo(400);
        assertThat(json(api("POST", "/api/colleagues", "{}")).get("field").asString()).isEqualTo("email");
        assertThat(api("POST", "/api/colleagues", "{not json").statusCode()).isEqualTo(400);
        assertThat(api("GET", "/api/touchbases/no-such-series", null).statusCode()).isEqualTo(404);
        assertThat(api("PUT", "/api/me/preferences", "{\"maxPerDay\":0}").statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/colleagues"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(403);
        HttpClient stranger = HttpClient.newHttpClient();
        assertThat(stranger.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void preferencesChangeAndComeBack() throws Exception {
        HttpResponse<String> updated = api("PUT", "/api/me/preferences",
                "{\"maxPerDay\":2,\"maxPerWeek\":5,\"bufferMinutes\":15,\"workingHours\":{\"MONDAY\":[{\"start\":\"10:00\",\"end\":\"16:00\"}]}}");

        assertThat(updated.statusCode()).isEqualTo(200);
        JsonNode me = json(api("GET", "/api/me", null));
        assertThat(me.get("maxPerDay").asInt()).isEqualTo(2);
        assertThat(me.get("bufferMinutes").asInt()).isEqualTo(15);
        assertThat(me.get("workingHours").get("MONDAY").get(0).get("start").asString()).isEqualTo("10:00");
        assertThat(me.get("demo").asBoolean()).isTrue();
    }

    @Test
    void skipsRechecksReschedulesAndCancelsABookedSeriesOnTheEmulator() throws Exception {
        String colleagueId = json(api("POST", "/api/colleagues",
                "{\"email\":\"maria.costa@demo.touchbase.test\",\"name\":\"Maria Costa\",\"cadence\":\"weekly\"}"))
                .get("id").asString();
        String seriesId = json(api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}"))
                .get("id").asString();
        JsonNode series = waitUntilBooked(seriesId);
        java.time.ZonedDateTime first = java.time.ZonedDateTime.parse(series.get("start").asString());

        HttpResponse<String> skipped = api("POST", "/api/touchbases/" + seriesId + "/skip",
                "{\"date\":\"" + first.plusWeeks(1).toLocalDate() + "\"}");
        assertThat(skipped.statusCode()).isEqualTo(200);
        assertThat(json(skipped).get("kind").asString()).isEqualTo("skipped");
        assertThat(api("POST", "/api/touchbases/" + seriesId + "/skip", "{\"date\":\"1999-01-01\"}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> recheck = api("POST", "/api/recheck", null);
        assertThat(recheck.statusCode()).isEqualTo(200);
        assertThat(json(recheck).has("items")).isTrue();

        HttpResponse<String> rescheduled = api("POST", "/api/touchbases/" + seriesId + "/reschedule",
                "{\"start\":\"" + first.plusWeeks(3).withHour(11).withMinute(0).toLocalDateTime() + "\"}");
        assertThat(rescheduled.statusCode()).isEqualTo(201);
        String newerId = json(rescheduled).get("id").asString();
        assertThat(json(rescheduled).get("replacesSeriesId").asString()).isEqualTo(seriesId);
        waitUntilBooked(newerId);
        assertThat(json(api("GET", "/api/touchbases/" + seriesId, null)).get("status").asString()).isEqualTo("ended");

        HttpResponse<String> cancelled = api("DELETE", "/api/touchbases/" + newerId, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asString()).isEqualTo("cancelled");
    }

    /** Cancels its series at the end, so that the other tests still find room in the week. */
    @Test
    void everyDateTimeInTheAnswersIsRfc3339WithTheZoneBesideIt() throws Exception {
        String colleagueId = json(api("POST", "/api/colleagues",
                "{\"email\":\"sam.lee@demo.touchbase.test\",\"timezone\":\"America/New_York\",\"cadence\":\"weekly\"}"))
                .get("id").asString();
        JsonNode plan = json(api("POST", "/api/plan", "{\"colleagueIds\":[\"" + colleagueId + "\"]}"));
        String seriesId = json(api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}"))
                .get("id").asString();
        JsonNode series = waitUntilBooked(seriesId);
        json(api("GET", "/api/touchbases", null));
        json(api("GET", "/api/colleagues", null));
        json(api("POST", "/api/recheck", null));

        assertThat(dateTimes.wrong()).isEmpty();
        assertThat(dateTimes.seen()).anyMatch(path -> path.endsWith(".earliest"))
                .anyMatch(path -> path.endsWith(".occurrences[0].start"))
                .anyMatch(path -> path.endsWith(".createdAt"))
                .anyMatch(path -> path.endsWith(".nextTouchBase"));
        assertThat(plan.get("proposals").get(0).get("timeZone").asString()).isNotBlank();
        assertThat(series.get("timeZone").asString()).isEqualTo(
                json(api("GET", "/api/me", null)).get("timeZone").asString());
        assertThat(java.time.OffsetDateTime.parse(series.get("start").asString()).getSecond()).isZero();
        api("DELETE", "/api/touchbases/" + seriesId, null);
    }

    /** Cancels its series at the end, so that the other tests still find room in the week. */
    @Test
    void aStartGivenInRfc3339IsBookedAtThatInstant() throws Exception {
        String colleagueId = json(api("POST", "/api/colleagues",
                "{\"email\":\"ravi.nair@demo.touchbase.test\",\"cadence\":\"weekly\"}")).get("id").asString();
        JsonNode proposal = json(api("POST", "/api/plan", "{\"colleagueIds\":[\"" + colleagueId + "\"]}"))
                .get("proposals").get(0);
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse(proposal.get("start").asString());

        HttpResponse<String> booked = api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId
                + "\",\"start\":\"" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        start.withOffsetSameInstant(java.time.ZoneOffset.UTC)) + "\"}");

        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(java.time.OffsetDateTime.parse(json(booked).get("start").asString()).toInstant())
                .isEqualTo(start.toInstant());
        api("DELETE", "/api/touchbases/" + json(booked).get("id").asString(), null);
    }

    @Test
    void theColleaguesPageShowsEachColleagueWithTheirCadence() {
        api("POST", "/api/colleagues", "{\"email\":\"chloe.dubois@demo.touchbase.test\",\"name\":\"Chloe Dubois\","
                + "\"cadence\":\"quarterly\"}");

        String page = send(HttpRequest.newBuilder(URI.create(base + "/colleagues")).GET()).body();

        assertThat(page).contains("id=\"colleague-list\"").contains("Chloe Dubois")
                .contains("chloe.dubois@demo.touchbase.test").contains("<dt>Cadence</dt><dd>Quarterly</dd>");
    }

    private JsonNode waitUntilBooked(String seriesId) throws Exception {
        JsonNode series = null;
        for (int i = 0; i < 100; i++) {
            series = json(api("GET", "/api/touchbases/" + seriesId, null));
            if ("booked".equals(series.get("status").asString())) {
                return series;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the series was not booked: " + series);
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return send(request(method, path, body));
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                JsonDateTimes answer = new JsonDateTimes().walk(response.request().uri().getPath(), JSON.readTree(response.body()));
                assertThat(answer.wrong()).as("date-times in the answer to %s", response.request().uri()).isEmpty();
                dateTimes.walk(response.request().uri().getPath(), JSON.readTree(response.body()));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
