package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser in front of several Touchbase instances that share one public address, as behind a load
 * balancer: it keeps the cookies itself (so every instance sees them), sends each request to the
 * instance it is told, and follows redirects by hand, sending those to the public address on to the
 * instance named for them. Redirects elsewhere (Google's consent page) go where they point. Safe to use
 * from several threads once signed in; public for {@code bench/scale}.
 */
public final class ClusterBrowser {

    public static final String PUBLIC_URL = "http://touchbase.test";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CONSENT_FORM = Pattern.compile(
            "action=\"([^\"]+)\".*name=\"request\" value=\"([^\"]+)\"", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private String csrf;

    /** Starts the Google sign-in on {@code startOn} and comes back from Google's consent page to {@code finishOn}. */
    public void signIn(int startOn, int finishOn) {
        HttpResponse<String> consent = follow(request(startOn, "GET", "/auth/google", null), finishOn);
        Matcher form = CONSENT_FORM.matcher(consent.body());
        assertThat(form.find()).as("the emulator shows its consent form").isTrue();
        URI decision = consent.uri().resolve(form.group(1).replace("&amp;", "&"));
        HttpResponse<String> home = follow(HttpRequest.newBuilder(decision)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=allow&request="
                        + URLEncoder.encode(form.group(2).replace("&amp;", "&"), StandardCharsets.UTF_8))), finishOn);
        assertThat(home.statusCode()).isEqualTo(200);
        csrf = json(api(startOn, "GET", "/api/me", null)).get("csrfToken").asString();
    }

    public HttpResponse<String> api(int port, String method, String path, String body) {
        return send(request(port, method, path, body));
    }

    private HttpRequest.Builder request(int port, String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> follow(HttpRequest.Builder first, int publicPort) {
        HttpResponse<String> response = send(first);
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI target = location.startsWith(PUBLIC_URL)
                    ? URI.create("http://localhost:" + publicPort + location.substring(PUBLIC_URL.length()))
                    : response.uri().resolve(location);
            response = send(HttpRequest.newBuilder(target).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.uri().getPort() != -1 && "localhost".equals(response.uri().getHost())) {
                response.headers().allValues("Set-Cookie").forEach(this::keep);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
