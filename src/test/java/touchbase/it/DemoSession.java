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
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;

/**
 * The real service in demo mode, signed in through the emulator's consent page, with a browser-like
 * client (cookies kept) that sends the session's CSRF token on every API call.
 */
final class DemoSession implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String base;
    private final int port;
    private AutoCloseable service;
    private final HttpClient browser;
    volatile String csrf;

    DemoSession(Path dataDir) {
        this(freePort(), port -> Wiring.start(AppConfig.fromEnvironment(Map.of("PORT", String.valueOf(port),
                "TOUCHBASE_DATA_DIR", dataDir.toString()))));
    }

    /**
     * Starts the service with {@code start} on {@code port} (in this JVM, a {@link RunningService}, or
     * as its own process), then signs in through whatever Google it is pointed at.
     */
    DemoSession(int port, IntFunction<? extends AutoCloseable> start) {
        this.port = port;
        base = "http://localhost:" + port;
        service = start.apply(port);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        signIn();
    }

    /** Signs in (or reconnects Google Calendar) through the consent page, allowing what is asked. */
    void signIn() {
        HttpResponse<String> consent = send(HttpRequest.newBuilder(URI.create(base + "/auth/google")).GET());
        Matcher form = Pattern.compile("action=\"([^\"]+)\".*name=\"request\" value=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(consent.body());
        if (!form.find()) { // a grant with a refresh token: Google goes straight back, no consent asked
            assertThat(consent.uri().toString()).as("back at Touchbase without a consent form").startsWith(base);
            csrf = json(api("GET", "/api/me", null)).get("csrfToken").asString();
            return;
        }
        URI decision = consent.uri().resolve(form.group(1).replace("&amp;", "&"));
        send(HttpRequest.newBuilder(decision)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=allow&request="
                        + URLEncoder.encode(form.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8))));
        csrf = json(api("GET", "/api/me", null)).get("csrfToken").asString();
    }

    HttpResponse<String> api(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A page, as the browser gets it. */
    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A page's form posted with the session's CSRF token, redirects followed. */
    HttpResponse<String> form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Books a touch-base with a new colleague and waits until Google (the emulator) has it. */
    JsonNode bookedSeries(String email, String name, String cadence) throws InterruptedException {
        String colleagueId = json(api("POST", "/api/colleagues", "{\"email\":\"" + email + "\",\"name\":\"" + name
                + "\",\"cadence\":\"" + cadence + "\"}")).get("id").asString();
        String seriesId = json(api("POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId + "\"}"))
                .get("id").asString();
        return waitUntil(seriesId, "booked");
    }

    JsonNode waitUntil(String seriesId, String status) throws InterruptedException {
        JsonNode series = null;
        for (int i = 0; i < 100; i++) {
            series = json(api("GET", "/api/touchbases/" + seriesId, null));
            if (status.equals(series.get("status").asString())) {
                return series;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the series did not become " + status + ": " + series);
    }

    /** The running service (its configuration, and in demo mode its Google emulator). */
    RunningService service() {
        return (RunningService) service;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /**
     * Posts {@code body} with an {@code Idempotency-Key}, sending it again with the same key while the
     * answer is a 5xx or none came (the service was stopped or killed meanwhile), or a 429 (after its
     * {@code Retry-After}: a killed instance's lease on the account's booking runs out); expects 201 or 409.
     */
    HttpResponse<String> persist(String path, String key, String body) {
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                answer = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
                if (answer.statusCode() == 429) {
                    pause(Duration.ofSeconds(answer.headers().firstValueAsLong("Retry-After").orElse(1)));
                    continue;
                }
                if (answer.statusCode() < 500) {
                    assertThat(answer.statusCode()).as(path + " " + body + ": " + answer.body()).isIn(201, 409);
                    return answer;
                }
            } catch (UncheckedIOException noAnswer) {
                answer = null;
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError(path + " kept failing: " + (answer == null ? "no answer" : answer.body()));
    }

    /** Stops the service (or kills its process) and starts it again on the same port; the session stays valid. */
    void restart(IntFunction<? extends AutoCloseable> start) {
        close();
        service = start.apply(port);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the service", e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
