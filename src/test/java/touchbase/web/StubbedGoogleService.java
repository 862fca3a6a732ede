package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import touchbase.GoogleWireMock;
import touchbase.MutableClock;
import touchbase.TestHttp;
import touchbase.config.AppConfig;
import touchbase.config.GoogleEndpoints;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.storage.Database;

/**
 * The whole service on port 0 with Google as WireMock stubs and a settable clock, driven as a browser
 * would (cookies by hand, redirects not followed). One per test class; {@link #reset()} before each test.
 */
final class StubbedGoogleService implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

    final GoogleWireMock google = new GoogleWireMock();
    final MutableClock clock = new MutableClock(START);
    final String cookieName;
    private final RunningService service;
    private final Database database;
    private final TestHttp http;

    StubbedGoogleService(Path dataDir, String baseUrl) {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString(),
                        "TOUCHBASE_BASE_URL", baseUrl))
                .withPort(0)
                .withGoogle(new AppConfig.GoogleClient("client-id.apps.googleusercontent.com", "client-secret"),
                        new GoogleEndpoints(google.uri("/o/oauth2/v2/auth"), google.uri("/token"),
                                google.uri("/revoke"), google.uri("/"), google.uri("/v1/userinfo")));
        cookieName = baseUrl.startsWith("https:") ? "__Host-touchbase_session" : "touchbase_session";
        service = Wiring.start(config, clock);
        database = Wiring.migratedDatabase(config);
        http = new TestHttp(service.port());
    }

    /** Empty tables, fresh stubs, the start time again. */
    void reset() {
        database.jdbi().useHandle(h -> {
            for (String table : List.of("sign_in_attempts", "web_sessions", "oauth_credentials", "accounts",
                    "request_budgets", "request_leases")) {
                h.execute("DELETE FROM " + table);
            }
        });
        google.reset();
        clock.set(START);
    }

    @Override
    public void close() {
        service.close();
        database.close();
        google.close();
    }

    /** {@code GET /auth/google} with the browser's cookie, if any. */
    HttpResponse<String> startSignIn(Optional<String> cookie) {
        return send(withCookie(http.request("/auth/google").GET(), cookie));
    }

    /** The browser comes back from Google with a code for the sign-in {@code start} began. */
    HttpResponse<String> comeBack(HttpResponse<String> start, Optional<String> cookie) {
        URI google = URI.create(start.headers().firstValue("Location").orElseThrow());
        String state = GoogleWireMock.query(google).get("state");
        return get("/auth/google/callback?state=" + state + "&code=4/0Ab-code",
                sessionCookie(start).or(() -> cookie));
    }

    /** Signs in from a new browser and returns its session cookie. */
    String signIn() {
        HttpResponse<String> back = comeBack(startSignIn(Optional.empty()), Optional.empty());
        assertThat(back.statusCode()).as("the callback's answer: %s", back.body()).isEqualTo(303);
        return sessionCookie(back).orElseThrow();
    }

    HttpResponse<String> get(String path, Optional<String> cookie) {
        return send(withCookie(http.request(path).GET(), cookie));
    }

    HttpResponse<String> get(String path, String cookie) {
        return get(path, Optional.of(cookie));
    }

    HttpResponse<String> postForm(String path, String cookie, String form) {
        return send(withCookie(http.request(path), Optional.of(cookie))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON POST with the given headers (name, value, name, value ...). */
    HttpResponse<String> postJson(String path, String cookie, String json, String... headers) {
        HttpRequest.Builder request = withCookie(http.request(path), Optional.of(cookie))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The session's CSRF token, as scripts get it ({@code GET /api/me}). */
    String csrfToken(String cookie) {
        Matcher m = CSRF_JSON.matcher(get("/api/me", cookie).body());
        assertThat(m.find()).as("GET /api/me hands out the CSRF token").isTrue();
        return m.group(1);
    }

    Optional<String> setCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(cookieName + "=")).findFirst();
    }

    Optional<String> sessionCookie(HttpResponse<String> response) {
        return setCookieHeader(response).map(header -> header.substring(cookieName.length() + 1).split(";")[0])
                .filter(value -> !value.isEmpty());
    }

    /** The service's database, for tests that set up rows as another instance would have. */
    Database database() {
        return database;
    }

    int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request, Optional<String> cookie) {
        cookie.ifPresent(value -> request.header("Cookie", cookieName + "=" + value));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request.build());
    }
}
