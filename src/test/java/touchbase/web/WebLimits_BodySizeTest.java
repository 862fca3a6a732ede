package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Request bodies past {@link WebApp#MAX_REQUEST_BYTES} are refused 413, as JSON under {@code /api/}, and nothing is stored. */
class WebLimits_BodySizeTest extends StubbedGoogleCase {

    @Test
    void anOversizedApiBodyIsAnswered413AsJsonAndNothingIsStored() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        String huge = "{\"email\":\"lena@example.com\",\"name\":\"" + "x".repeat((int) WebApp.MAX_REQUEST_BYTES) + "\"}";

        HttpResponse<String> refused = app.postJson("/api/colleagues", cookie, huge, "X-CSRF-Token", csrf);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).contains("\"error\":\"the request body is larger than");
        assertThat(app.rows("colleagues")).isZero();
        assertThat(app.get("/api/me", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        String large = "{\"email\":\"lena@example.com\",\"name\":\"" + "x".repeat(900_000) + "\"}";

        HttpResponse<String> refused = app.postJson("/api/colleagues", cookie, large, "X-CSRF-Token", csrf);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"name\"");
    }
}
