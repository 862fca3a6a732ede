package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.TestHttp;

class HealthEndpointTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final WebApp app = new WebApp(databaseUp::get, new Pages(new Pages.Banner(false))).start("127.0.0.1", 0);
    private final TestHttp http = new TestHttp(app.port());

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void answersOkWhenTheDatabaseAnswers() {
        HttpResponse<String> response = http.get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void listsDueAndFailingJobsWhenAskedForTheDetail() {
        HttpResponse<String> response = http.get("/healthz?detail=jobs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"").contains("\"jobs\":{")
                .contains("\"due\":0").contains("\"failing\":[]");
    }

    @Test
    void answersServiceUnavailableWhenTheDatabaseIsGone() {
        databaseUp.set(false);

        HttpResponse<String> response = http.get("/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"unavailable\"");
    }

    @Test
    void unknownPagesAnswerAnHtmlNotFoundPageAndUnknownApiPathsJson() {
        HttpResponse<String> page = http.get("/no/such/thing?token=secret");
        HttpResponse<String> api = http.get("/api/no/such/thing?token=secret");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Page not found").doesNotContain("secret").doesNotContain("{\"error\"");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).isEqualTo("{\"error\":\"no such page: /api/no/such/thing\"}");
    }

    @Test
    void homePageExplainsTouchbase() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Keep your work relationships from drifting").doesNotContain("demo-banner");
    }
}
