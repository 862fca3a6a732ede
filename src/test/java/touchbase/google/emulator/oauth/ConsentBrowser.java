package touchbase.google.emulator.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import touchbase.google.emulator.GoogleEmulator;

/** Plays the person at the consent page: opens the authorization URL and clicks Allow or Deny. */
final class ConsentBrowser {

    private static final Pattern PENDING = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final GoogleEmulator emulator;

    ConsentBrowser(GoogleEmulator emulator) {
        this.emulator = emulator;
    }

    HttpResponse<String> open(String authorizationUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Clicks the button and returns the query parameters of the redirect back to the app. */
    Map<String, String> click(String authorizationUrl, String decision) throws IOException, InterruptedException {
        HttpResponse<String> page = open(authorizationUrl);
        Matcher matcher = PENDING.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no consent form in page: " + page.body());
        }
        String form = "request=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8) + "&decision=" + decision;
        HttpResponse<String> redirect = http.send(
                HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/o/oauth2/v2/auth/decision"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (redirect.statusCode() != 302) {
            throw new AssertionError("expected a redirect, got " + redirect.statusCode() + ": " + redirect.body());
        }
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("_redirect", location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath());
        for (String pair : location.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
