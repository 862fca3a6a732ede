package touchbase.web;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.domain.AccountProfile;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.ConnectionStatus;
import touchbase.domain.TouchBase;
import touchbase.storage.Database;
import touchbase.storage.JdbiAccountProfiles;
import touchbase.storage.JdbiColleagues;
import touchbase.storage.JdbiTouchBases;

/**
 * The pages over HTTP in demo mode, signed in as the demo account: notices come only from fixed
 * codes, unknown pages answer an HTML 404 (JSON only under {@code /api/}), over-long input is refused
 * with the field named and what was typed kept, another account's ids are 404 on every page and form,
 * and forms without the session or its CSRF token are refused with a page, not JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String OTHER_ACCOUNT = "other-account";
    private static final String OTHER_COLLEAGUE = "other-colleague";
    private static final String OTHER_SERIES = "other-series";

    @TempDir
    static Path dataDir;

    private RunningService service;
    private HttpClient browser;
    private HttpClient stranger;
    private String base;
    private String csrf;
    private Database database;

    @BeforeAll
    void signInOnTheEmulator() throws Exception {
        int port = freePort();
        base = "http://localhost:" + port;
        AppConfig config = AppConfig.fromEnvironment(Map.of("PORT", String.valueOf(port),
                "TOUCHBASE_DATA_DIR", dataDir.toString()));
        service = Wiring.start(config);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> consent = get(browser, "/auth/google");
        Matcher form = Pattern.compile("action=\"([^\"]+)\".*name=\"request\" value=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(consent.body());
        assertThat(form.find()).isTrue();
        URI decision = consent.uri().resolve(form.group(1).replace("&amp;", "&"));
        browser.send(HttpRequest.newBuilder(decision).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=allow&request="
                        + URLEncoder.encode(form.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(get(browser, "/colleagues").body());
        assertThat(token.find()).as("the colleagues page carries the session's CSRF token").isTrue();
        csrf = token.group(1);
        database = Wiring.migratedDatabase(config);
        seedAnotherAccount();
    }

    @AfterAll
    void stop() {
        database.close();
        service.close();
    }

    @Test
    void aNoticeComesOnlyFromAFixedCodeNeverFromTheQueryString() throws Exception {
        String spoof = URLEncoder.encode("Re-enter your password at http://evil.example", StandardCharsets.UTF_8);
        for (String page : List.of("/", "/colleagues", "/plan", "/series", "/preferences", "/feed")) {
            HttpResponse<String> spoofed = get(browser, page + "?notice=" + spoof);
            assertThat(spoofed.statusCode()).isEqualTo(200);
            assertThat(spoofed.body()).doesNotContain("evil.example").doesNotContain("Re-enter your password")
                    .doesNotContain("id=\"notice\"");
        }
        assertThat(get(browser, "/?notice=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body()).doesNotContain("alert(1)");
        assertThat(get(browser, "/?notice=just-met&skipped=" + spoof).body()).doesNotContain("evil.example")
                .contains("Noted that you just met: the next touch-base is skipped");
        assertThat(get(browser, "/?notice=just-met&skipped=2026-12-08").body())
                .contains("Noted that you just met: the touch-base of Tue 8 Dec 2026 is skipped");
        assertThat(get(browser, "/colleagues?notice=added").body())
                .contains("id=\"notice\" role=\"status\">Colleague added. Plan their touch-base when you are ready.");
    }

    @Test
    void anUnknownPageAnswersAnHtml404AndJsonOnlyUnderApi() throws Exception {
        HttpResponse<String> page = get(browser, "/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Page not found").doesNotContain("{\"error\"");

        HttpResponse<String> signedOut = get(stranger, "/no-such-page");
        assertThat(signedOut.statusCode()).isEqualTo(404);
        assertThat(signedOut.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

        HttpResponse<String> api = get(browser, "/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).startsWith("{\"error\":");
    }

    @Test
    void aNameOf3000CharactersIsRefusedWithTheFieldNamedAndWhatWasTypedKept() throws Exception {
        String name = "N".repeat(3000);
        HttpResponse<String> refused = post(browser, "/colleagues", Map.of("csrf", csrf,
                "email", "long.name@example.com", "name", name, "timezone", "", "cadence", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\">the name is 3000 characters long; at most 200 are allowed")
                .contains("value=\"long.name@example.com\"").contains("value=\"" + name + "\"")
                .doesNotContain("class=\"notice\"");
        assertThat(get(browser, "/colleagues").body()).doesNotContain("long.name@example.com");

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/colleagues"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"long.name@example.com\",\"name\":\"" + name
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"name\"");
    }

    @Test
    void anotherAccountsColleagueAndSeriesAreNotFoundOnEveryPageAndForm() throws Exception {
        for (String page : List.of("/colleagues/" + OTHER_COLLEAGUE, "/colleagues/" + OTHER_COLLEAGUE + "/remove",
                "/series/" + OTHER_SERIES + "/cancel")) {
            HttpResponse<String> answer = get(browser, page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("Page not found").doesNotContain("Other Person");
        }
        for (String form : List.of("/colleagues/" + OTHER_COLLEAGUE, "/colleagues/" + OTHER_COLLEAGUE + "/pause",
                "/colleagues/" + OTHER_COLLEAGUE + "/just-met",
                "/colleagues/" + OTHER_COLLEAGUE + "/remove", "/plan/" + OTHER_COLLEAGUE + "/book",
                "/series/" + OTHER_SERIES + "/skip", "/series/" + OTHER_SERIES + "/reschedule",
                "/series/" + OTHER_SERIES + "/cadence", "/series/" + OTHER_SERIES + "/cancel")) {
            HttpResponse<String> answer = post(browser, form, Map.of("csrf", csrf, "name", "Hijacked",
                    "email", "hijack@example.com", "timezone", "UTC", "notes", "", "date", "2027-01-05",
                    "start", "2027-01-05T10:00", "cadence", "weekly"));
            assertThat(answer.statusCode()).as(form).isEqualTo(404);
        }
        Colleague untouched = new JdbiColleagues(database.jdbi(), Clock.systemUTC()).find(OTHER_ACCOUNT, OTHER_COLLEAGUE)
                .orElseThrow();
        assertThat(untouched.displayName()).isEqualTo("Other Person");
        assertThat(untouched.paused()).isFalse();
        assertThat(new JdbiTouchBases(database.jdbi(), Clock.systemUTC()).find(OTHER_ACCOUNT, OTHER_SERIES).orElseThrow()
                .isActive()).isTrue();
    }

    @Test
    void aFormWithoutASessionGetsTheExpiredSessionPageAndOneWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> expired = post(stranger, "/colleagues", Map.of("csrf", "whatever", "email", "a@example.com"));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(expired.body()).contains("Your session has ended");

        HttpResponse<String> page = get(stranger, "/colleagues");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/");

        HttpResponse<String> forged = post(browser, "/colleagues", Map.of("csrf", "forged", "email", "a@example.com"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form was refused");
        assertThat(get(browser, "/colleagues").body()).doesNotContain("a@example.com");
    }

    @Test
    void bookAllWorksWithoutJavaScriptAndThePlanPageShowsWhatIsStillBeingWritten() throws Exception {
        HttpResponse<String> added = post(browser, "/colleagues", Map.of("csrf", csrf,
                "email", "tom.hughes@demo.touchbase.test", "name", "Tom Hughes", "timezone", "Europe/London",
                "cadence", "monthly"));
        assertThat(added.uri().toString()).endsWith("/colleagues?notice=added");
        assertThat(get(browser, "/plan").body()).contains("Book with Tom Hughes");

        HttpResponse<String> booking = post(browser, "/plan/book-all", Map.of("csrf", csrf));

        assertThat(booking.statusCode()).isEqualTo(200);
        assertThat(booking.uri().toString()).endsWith("/plan?notice=booking");
        assertThat(booking.body()).contains("Booking. Touchbase is writing the invites to Google Calendar.")
                .doesNotContain("Book with Tom Hughes");
        if (booking.body().contains("id=\"writing\"")) {
            assertThat(booking.body()).contains("Tom Hughes, from").contains("<a href=\"/plan\">Refresh</a>");
        }
        String series = "";
        for (int i = 0; i < 100 && !series.contains("Booked on Google Calendar"); i++) {
            Thread.sleep(100);
            series = get(browser, "/series").body();
        }
        assertThat(series).contains("Tom Hughes").contains("Booked on Google Calendar").contains("Monthly on the")
                .doesNotContain("FREQ=");
    }

    @Test
    void theFaviconIsAnSvgAndTheStylesAndScriptAreStaticFiles() throws Exception {
        HttpResponse<String> icon = get(stranger, "/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(get(stranger, "/static/app.css").statusCode()).isEqualTo(200);
        assertThat(get(stranger, "/static/app.js").statusCode()).isEqualTo(200);
        String home = get(browser, "/").body();
        assertThat(home).doesNotContain("<style").doesNotContain(" style=\"").doesNotContain("<script>")
                .doesNotContain("onclick=");
    }

    private void seedAnotherAccount() {
        Clock clock = Clock.systemUTC();
        new JdbiAccountProfiles(database.jdbi(), clock).save(new AccountProfile(OTHER_ACCOUNT, Optional.of("sub-other"),
                "other@example.com", Optional.empty(), ZoneId.of("UTC"), ConnectionStatus.CONNECTED));
        new JdbiColleagues(database.jdbi(), clock).save(OTHER_ACCOUNT, Colleague.of(OTHER_COLLEAGUE,
                "other.person@example.com", "Other Person", ZoneId.of("UTC"), Cadence.monthly()));
        ZonedDateTime start = ZonedDateTime.parse("2027-01-05T10:00:00Z[UTC]");
        new JdbiTouchBases(database.jdbi(), clock).save(TouchBase.pending(OTHER_SERIES, OTHER_ACCOUNT, OTHER_COLLEAGUE,
                touchbase.domain.SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", start), start, Duration.ofMinutes(30), false,
                Instant.now()), List.of(), List.of());
    }

    @Test
    void aStaticFileIsCachedByItsETagAndAnUnknownOneIsNotFound() throws Exception {
        HttpResponse<String> css = get(stranger, "/static/app.css");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(css.body()).isEqualTo(new String(getClass().getResourceAsStream("/static/app.css").readAllBytes(),
                StandardCharsets.UTF_8));
        HttpResponse<String> again = stranger.send(HttpRequest.newBuilder(URI.create(base + "/static/app.css"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(stranger, "/static/app.js").headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(get(stranger, "/static/nothing.css").statusCode()).isEqualTo(404);
        assertThat(get(stranger, "/static/..%2Flogback.xml").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
