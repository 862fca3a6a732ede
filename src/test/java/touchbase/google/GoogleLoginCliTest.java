package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.GoogleWireMock;
import touchbase.MutableClock;
import touchbase.account.Pkce;
import touchbase.domain.GoogleTokens;

class GoogleLoginCliTest {

    private final GoogleWireMock google = new GoogleWireMock();
    private final GoogleOAuthSettings settings = new GoogleOAuthSettings("desktop-client", "secret",
            URI.create("http://unused.example/"), google.uri("/o/oauth2/v2/auth"), google.uri("/token"),
            google.uri("/revoke"), google.uri("/v1/userinfo"), google.uri("/"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @AfterEach
    void stop() {
        google.close();
    }

    /** A browser that consents at once: Google sends it back to the loopback redirect with a code. */
    private static Consumer<URI> consentingBrowser(Map<String, String> seen) {
        return url -> {
            seen.putAll(GoogleWireMock.query(url));
            URI back = URI.create(seen.get("redirect_uri") + "?code=4/0loopback-code&state=" + seen.get("state"));
            CompletableFuture.runAsync(() -> {
                try {
                    HttpClient.newHttpClient().send(HttpRequest.newBuilder(back).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        };
    }

    @Test
    void theLoopbackLoginExchangesTheCodeWithTheLoopbackRedirectAndAFreshVerifier() {
        Map<String, String> seen = new HashMap<>();

        GoogleTokens tokens = new GoogleLoginCli(settings, clock, GoogleLoginCli.ANY_PORT, consentingBrowser(seen))
                .login((signIn, code, verifier) -> {
                    assertThat(code).isEqualTo("4/0loopback-code");
                    assertThat(Pkce.challengeOf(verifier)).isEqualTo(seen.get("code_challenge"));
                    return signIn.exchange(code, verifier);
                });

        assertThat(seen.get("redirect_uri")).matches("http://localhost:\\d+/Callback");
        assertThat(google.formsPostedTo("/token")).singleElement().satisfies(form ->
                assertThat(form).containsEntry("redirect_uri", seen.get("redirect_uri")));
        assertThat(tokens.refreshToken()).contains(GoogleWireMock.REFRESH_TOKEN);
    }
}
