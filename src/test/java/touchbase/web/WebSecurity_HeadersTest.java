package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The security headers on every kind of answer (pages, API, errors, redirects, static files), no
 * inline script or style in the pages, and {@code X-HTTP-Method-Override} ignored (issue 13).
 */
class WebSecurity_HeadersTest extends StubbedGoogleCase {


    private static void assertSecurityHeaders(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        String path = response.uri().getPath();
        assertThat(headers.firstValue("Content-Security-Policy")).as("CSP on %s", path).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                        .contains("form-action 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on %s", path).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as("frame options on %s", path).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as("referrer policy on %s", path).contains("no-referrer");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over http").isEmpty();
    }

    private static void assertNotStored(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).as("caching of %s", response.uri().getPath())
                .contains("no-store");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAreNotStored() {
        String cookie = app.signIn();
        for (HttpResponse<String> page : new HttpResponse[] {app.get("/", Optional.empty()), app.get("/", cookie)}) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertSecurityHeaders(page);
            assertNotStored(page);
        }
    }

    @Test
    void apiAnswersAndApiErrorsCarryTheSecurityHeadersAndAreNotStored() {
        String cookie = app.signIn();
        HttpResponse<String> me = app.get("/api/me", cookie);
        HttpResponse<String> unauthorized = app.get("/api/me", Optional.empty());
        HttpResponse<String> forbidden = app.postJson("/api/colleagues", cookie, "{}");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        for (HttpResponse<String> answer : java.util.List.of(me, unauthorized, forbidden)) {
            assertSecurityHeaders(answer);
            assertNotStored(answer);
        }
    }

    @Test
    void errorsRedirectsAndSignInPagesCarryTheSecurityHeaders() {
        HttpResponse<String> notFound = app.get("/no/such/page", Optional.empty());
        HttpResponse<String> toGoogle = app.startSignIn(Optional.empty());
        HttpResponse<String> badState = app.get("/auth/google/callback?state=forged&code=c", Optional.empty());

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(toGoogle.statusCode()).isEqualTo(302);
        assertThat(badState.statusCode()).isEqualTo(400);
        for (HttpResponse<String> answer : java.util.List.of(notFound, toGoogle, badState)) {
            assertSecurityHeaders(answer);
            assertNotStored(answer);
        }
    }

    @Test
    void theHealthCheckAndTheStylesheetMayBeCachedButStillCarryTheHeaders() {
        HttpResponse<String> health = app.get("/healthz", Optional.empty());
        HttpResponse<String> css = app.get("/static/app.css", Optional.empty());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        for (HttpResponse<String> answer : java.util.List.of(health, css)) {
            assertSecurityHeaders(answer);
            assertThat(answer.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("no-store"));
        }
    }

    @Test
    void formsMayPostOnlyHereOrToGooglesSignInPage() {
        String csp = app.get("/", Optional.empty()).headers().firstValue("Content-Security-Policy").orElseThrow();

        Matcher formAction = Pattern.compile("form-action ([^;]+)").matcher(csp);
        assertThat(formAction.find()).isTrue();
        assertThat(formAction.group(1).trim()).isEqualTo("'self' " + app.google.uri("/").toString().replaceAll("/$", ""));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        String cookie = app.signIn();
        for (String page : new String[] {app.get("/", Optional.empty()).body(), app.get("/", cookie).body(),
                app.get("/auth/google/callback?state=forged&code=c", Optional.empty()).body()}) {
            assertThat(page).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=\"/static/)")
                    .doesNotContain(" style=")
                    .doesNotContainPattern("\\son[a-z]+=").contains("<link rel=\"stylesheet\" href=\"/static/app.css\">");
        }
    }

    @Test
    void aPostWithAMethodOverrideHeaderIsStillAPost() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        HttpResponse<String> added = app.postJson("/api/colleagues", cookie, "{\"email\":\"lena@example.com\"}",
                "X-CSRF-Token", csrf);
        assertThat(added.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(added.body());
        assertThat(id.find()).isTrue();

        HttpResponse<String> override = app.postJson("/api/colleagues/" + id.group(1) + "?confirm=true", cookie, "",
                "X-CSRF-Token", csrf, "X-HTTP-Method-Override", "DELETE");

        assertThat(override.statusCode()).isIn(404, 405);
        assertThat(app.get("/api/colleagues", cookie).body()).contains("lena@example.com");
    }

    @Test
    void aMethodOverrideToGetDoesNotSkipTheCsrfCheck() {
        String cookie = app.signIn();

        HttpResponse<String> answer = app.postJson("/api/colleagues", cookie, "{\"email\":\"lena@example.com\"}",
                "X-HTTP-Method-Override", "GET");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(app.get("/api/colleagues", cookie).body()).doesNotContain("lena@example.com");
    }
}
