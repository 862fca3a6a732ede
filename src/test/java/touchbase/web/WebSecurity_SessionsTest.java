package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.GoogleWireMock;

/**
 * Sessions over HTTP: sign-out, disconnect, idle and absolute expiry, CSRF, the consent screen only
 * when needed, and the {@code __Host-} cookie under https (issue 13, OWASP ASVS 3 and 4.2.2).
 */
class WebSecurity_SessionsTest extends StubbedGoogleCase {

    private static final String ADD_LENA = "{\"email\":\"lena@example.com\",\"name\":\"Lena\"}";


    private void assertSignedOut(String cookie) {
        assertThat(app.get("/api/me", cookie).statusCode()).isEqualTo(401);
        assertThat(app.get("/", cookie).body()).contains("id=\"connect-google\"").doesNotContain("signed-in-email");
    }

    @Test
    void signingOutDeletesTheSessionOnTheServerAndClearsTheCookie() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);

        HttpResponse<String> out = app.postForm("/auth/sign-out", cookie, "csrf=" + csrf);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/");
        assertThat(app.setCookieHeader(out).orElseThrow()).contains("touchbase_session=;")
                .containsPattern("Max-Age=0|Expires=Thu, 01 Jan 1970");
        assertThat(app.rows("web_sessions")).isZero();
        assertSignedOut(cookie);
    }

    @Test
    void aScriptSignsOutWithTheApiHeaderAndGets204() {
        String cookie = app.signIn();

        HttpResponse<String> out = app.postJson("/auth/sign-out", cookie, "", "X-CSRF-Token", app.csrfToken(cookie));

        assertThat(out.statusCode()).isEqualTo(204);
        assertSignedOut(cookie);
    }

    @Test
    void signOutWithoutTheSessionsCsrfTokenIsRefusedAndTheSessionLives() {
        String cookie = app.signIn();

        assertThat(app.postForm("/auth/sign-out", cookie, "csrf=guessed").statusCode()).isEqualTo(403);
        assertThat(app.postForm("/auth/sign-out", cookie, "").statusCode()).isEqualTo(403);
        HttpResponse<String> script = app.postJson("/auth/sign-out", cookie, "", "X-CSRF-Token", "guessed");
        assertThat(script.statusCode()).isEqualTo(403);
        assertThat(script.body()).contains("\"field\":\"X-CSRF-Token\"");

        assertThat(app.get("/api/me", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignedInPageHasASignOutButtonWithTheCsrfToken() {
        String cookie = app.signIn();

        String page = app.get("/", cookie).body();

        assertThat(page).contains("action=\"/auth/sign-out\"").contains("id=\"sign-out\"")
                .contains("name=\"csrf\" value=\"" + app.csrfToken(cookie) + "\"");
    }

    @Test
    void disconnectEndsEverySessionOfTheAccount() {
        String laptop = app.signIn();
        String phone = app.signIn();
        assertThat(app.postJson("/api/colleagues", phone, ADD_LENA, "X-CSRF-Token", app.csrfToken(phone))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> disconnected = app.postForm("/auth/google/disconnect", laptop,
                "csrf=" + app.csrfToken(laptop));

        assertThat(disconnected.statusCode()).isEqualTo(303);
        for (String cookie : new String[] {laptop, phone}) {
            assertSignedOut(cookie);
            assertThat(app.get("/api/colleagues", cookie).statusCode()).isEqualTo(401);
            assertThat(app.postJson("/api/colleagues", cookie, ADD_LENA.replace("lena", "max"), "X-CSRF-Token",
                    "any").statusCode()).isEqualTo(401);
        }
        assertThat(app.rows("web_sessions")).isZero();
    }

    @Test
    void afterDisconnectThePageSaysDisconnectedNotRevokedOrExpired() {
        String cookie = app.signIn();
        HttpResponse<String> disconnected = app.postForm("/auth/google/disconnect", cookie,
                "csrf=" + app.csrfToken(cookie));

        String page = app.get(disconnected.headers().firstValue("Location").orElseThrow(), Optional.empty()).body();

        assertThat(page).contains("Disconnected from Google Calendar").doesNotContain("revoked or has expired");
    }

    @Test
    void theWelcomePageShowsNoNoticeTextFromTheAddress() {
        HttpResponse<String> page = app.get("/?notice=Re-enter%20your%20password%20at%20http://evil.example",
                Optional.empty());

        assertThat(page.body()).doesNotContain("evil.example").doesNotContain("id=\"notice\"");
    }

    @Test
    void aSessionEndsAfterThirtyMinutesIdle() {
        String cookie = app.signIn();
        app.clock.advance(Duration.ofMinutes(29));
        assertThat(app.get("/api/me", cookie).statusCode()).isEqualTo(200);
        app.clock.advance(Duration.ofMinutes(29));
        assertThat(app.get("/api/me", cookie).statusCode()).as("activity keeps it alive").isEqualTo(200);

        app.clock.advance(Duration.ofMinutes(30));

        assertSignedOut(cookie);
    }

    @Test
    void aBusySessionEndsTwelveHoursAfterSignIn() {
        String cookie = app.signIn();
        for (int i = 0; i < 28; i++) {
            app.clock.advance(Duration.ofMinutes(25));
            assertThat(app.get("/api/me", cookie).statusCode()).as("after %d minutes", (i + 1) * 25).isEqualTo(200);
        }

        app.clock.advance(Duration.ofMinutes(20));

        assertSignedOut(cookie);
    }

    @Test
    void theSessionCookieLastsNoLongerThanTheSession() {
        HttpResponse<String> back = app.comeBack(app.startSignIn(Optional.empty()), Optional.empty());

        assertThat(app.setCookieHeader(back).orElseThrow()).contains("Max-Age=43200");
    }

    @Test
    void stateChangingApiCallsWithoutTheCsrfTokenAreRefused() {
        String cookie = app.signIn();

        assertThat(app.postJson("/api/colleagues", cookie, ADD_LENA).statusCode()).isEqualTo(403);
        assertThat(app.postJson("/api/colleagues", cookie, ADD_LENA, "X-CSRF-Token", "guessed").statusCode())
                .isEqualTo(403);
        assertThat(app.postForm("/colleagues", cookie, "email=lena%40example.com").statusCode()).isEqualTo(403);
        assertThat(app.postForm("/colleagues", cookie, "email=lena%40example.com&csrf=guessed").statusCode())
                .isEqualTo(403);
        assertThat(app.get("/api/colleagues", cookie).body()).doesNotContain("lena@example.com");
    }

    @Test
    void aNewcomerIsSentToGoogleWithoutForcingTheConsentScreen() {
        HttpResponse<String> start = app.startSignIn(Optional.empty());

        URI google = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(GoogleWireMock.query(google)).doesNotContainKey("prompt").containsEntry("access_type", "offline");
    }

    @Test
    void signingInAgainWithAStoredRefreshTokenIsOneClick() {
        String first = app.signIn();
        app.postForm("/auth/sign-out", first, "csrf=" + app.csrfToken(first));
        app.google.givenTokenExchangeGrants(GoogleWireMock.ALL_SCOPES, false);

        HttpResponse<String> start = app.startSignIn(Optional.of(first));
        HttpResponse<String> back = app.comeBack(start, Optional.of(first));

        assertThat(GoogleWireMock.query(URI.create(start.headers().firstValue("Location").orElseThrow())))
                .doesNotContainKey("prompt");
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(app.get("/api/me", app.sessionCookie(back).orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAStoredRefreshTokenGoogleIsAskedForConsentOnce() {
        app.google.givenTokenExchangeGrants(GoogleWireMock.ALL_SCOPES, false);
        HttpResponse<String> start = app.startSignIn(Optional.empty());
        String cookie = app.sessionCookie(start).orElseThrow();

        HttpResponse<String> back = app.comeBack(start, Optional.empty());

        assertThat(back.statusCode()).isEqualTo(302);
        URI again = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertThat(again.toString()).startsWith(app.google.uri("/o/oauth2/v2/auth").toString());
        assertThat(GoogleWireMock.query(again)).containsEntry("prompt", "consent");
        assertThat(app.rows("accounts")).isZero();

        app.google.givenTokenExchangeGrants(GoogleWireMock.ALL_SCOPES, true);
        HttpResponse<String> signedIn = app.comeBack(back, Optional.of(cookie));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(app.rows("oauth_credentials")).isEqualTo(1);
    }

    @Test
    void aReturningGoogleAccountIsMatchedBySubjectNotByEmail() {
        app.signIn();
        app.google.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/userinfo")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"sub\":\"someone-else\",\"email\":\""
                        + GoogleWireMock.EMAIL + "\",\"email_verified\":false}")));

        HttpResponse<String> back = app.comeBack(app.startSignIn(Optional.empty()), Optional.empty());

        assertThat(back.statusCode()).isEqualTo(502);
        assertThat(app.sessionCookie(back)).isEmpty();
        assertThat(app.rows("accounts")).isEqualTo(1);
    }
}
