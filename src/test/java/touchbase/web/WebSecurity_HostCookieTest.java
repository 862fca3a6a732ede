package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Under an https base URL the session cookie is {@code __Host-touchbase_session} and HSTS is sent. */
class WebSecurity_HostCookieTest extends StubbedGoogleCase {

    @Override
    protected String baseUrl() {
        return "https://touchbase.example";
    }

    @Test
    void theSessionCookieHasTheHostPrefixIsSecureOnPathRootAndHasNoDomain() {
        HttpResponse<String> back = app.comeBack(app.startSignIn(Optional.empty()), Optional.empty());

        String header = app.setCookieHeader(back).orElseThrow();
        assertThat(header).startsWith("__Host-touchbase_session=").contains("; Secure").contains("Path=/")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=");
        String cookie = app.sessionCookie(back).orElseThrow();
        assertThat(app.get("/api/me", cookie).statusCode()).isEqualTo(200);

        HttpResponse<String> out = app.postForm("/auth/sign-out", cookie, "csrf=" + app.csrfToken(cookie));
        assertThat(app.setCookieHeader(out).orElseThrow()).startsWith("__Host-touchbase_session=;")
                .contains("; Secure").contains("Path=/").containsPattern("Max-Age=0|Expires=Thu, 01 Jan 1970");
    }

    @Test
    void everyAnswerAsksForHttpsForAYear() {
        assertThat(app.get("/", Optional.empty()).headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000");
        assertThat(app.get("/api/me", Optional.empty()).headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000");
    }
}
