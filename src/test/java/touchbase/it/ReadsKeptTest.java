package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The list reads are kept per account (issue 15, "Load") and never show less than the person's own last
 * write: each kind of write (a colleague added, edited, paused, imported, removed; a series booked, skipped,
 * cancelled; a preference) shows at once in {@code GET /api/colleagues}, {@code GET /api/touchbases} and
 * the dashboard; the lists carry a strong ETag, answer 304 to it while unchanged and a new one after a write.
 */
class ReadsKeptTest extends DemoPerTest {

    @BeforeEach
    void signIn() {
        start();
    }

    @Test
    void theListsAnswer304ToTheirETagUntilAWriteChangesThem() {
        add("ana@example.com", "Ana Lopez");
        for (String list : List.of("/api/colleagues", "/api/touchbases")) {
            HttpResponse<String> first = get(list, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(list).startsWith("\"").endsWith("\"");
            assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");

            HttpResponse<String> again = get(list, etag);
            assertThat(again.statusCode()).as(list).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(etag);
            assertThat(get(list, "W/" + etag + ", \"other\"").statusCode()).as("weak and listed").isEqualTo(304);
            assertThat(get(list, "\"other\"").statusCode()).isEqualTo(200);
        }
        String colleaguesTag = get("/api/colleagues", null).headers().firstValue("ETag").orElseThrow();
        String seriesTag = get("/api/touchbases", null).headers().firstValue("ETag").orElseThrow();

        String ana = ids(list("/api/colleagues")).get(0);
        assertThat(demo.api("POST", "/api/touchbases", "{\"colleagueId\":\"" + ana + "\"}").statusCode()).isEqualTo(201);

        assertThat(get("/api/colleagues", colleaguesTag).statusCode()).isEqualTo(200);
        assertThat(get("/api/touchbases", seriesTag).statusCode()).isEqualTo(200);
    }

    @Test
    void everyKindOfColleagueWriteShowsAtOnce() {
        String ana = add("ana@example.com", "Ana Lopez");
        assertThat(names()).containsExactly("Ana Lopez");
        assertThat(page()).contains("Ana Lopez");

        assertThat(demo.api("PUT", "/api/colleagues/" + ana, "{\"name\":\"Ana Lopez-Diaz\"}").statusCode()).isEqualTo(200);
        assertThat(names()).containsExactly("Ana Lopez-Diaz");
        assertThat(page()).contains("Ana Lopez-Diaz");

        assertThat(demo.api("PUT", "/api/colleagues/" + ana, "{\"paused\":true}").statusCode()).isEqualTo(200);
        assertThat(list("/api/colleagues").get(0).get("paused").asBoolean()).isTrue();

        HttpResponse<String> imported = demo.send(HttpRequest.newBuilder(URI.create(demo.base + "/api/colleagues/import"))
                .header("Content-Type", "text/csv").header("X-CSRF-Token", demo.csrf)
                .POST(HttpRequest.BodyPublishers.ofString("email,name\nbo@example.com,Bo Chen\n")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(names()).containsExactlyInAnyOrder("Ana Lopez-Diaz", "Bo Chen");
        assertThat(page()).contains("Bo Chen");

        assertThat(demo.api("DELETE", "/api/colleagues/" + ana, null).statusCode()).isEqualTo(204);
        assertThat(names()).containsExactly("Bo Chen");
        assertThat(page()).doesNotContain("Ana Lopez-Diaz");
    }

    @Test
    void everyKindOfSeriesWriteShowsAtOnce() {
        String ana = add("ana@example.com", "Ana Lopez");
        assertThat(list("/api/touchbases")).isEmpty();
        names();
        page();

        JsonNode booked = DemoSession.json(demo.api("POST", "/api/touchbases", "{\"colleagueId\":\"" + ana + "\"}"));
        String series = booked.get("id").asString();
        assertThat(ids(list("/api/touchbases"))).containsExactly(series);
        assertThat(list("/api/colleagues").get(0).get("seriesId").asString()).isEqualTo(series);
        assertThat(list("/api/colleagues").get(0).get("nextTouchBase").isNull()).isFalse();
        assertThat(page()).contains("Ana Lopez");

        String day = booked.get("start").asString().substring(0, 10);
        assertThat(demo.api("POST", "/api/touchbases/" + series + "/skip", "{\"date\":\"" + day + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(list("/api/touchbases").get(0).get("changes").get(0).get("kind").asString()).isEqualTo("skipped");
        assertThat(list("/api/colleagues").get(0).get("nextTouchBase").asString()).isNotEqualTo(booked.get("start").asString());

        assertThat(demo.api("DELETE", "/api/touchbases/" + series, null).statusCode()).isEqualTo(200);
        assertThat(list("/api/touchbases").get(0).get("status").asString()).isEqualTo("cancelled");
        assertThat(list("/api/colleagues").get(0).get("nextTouchBase").isNull()).isTrue();
    }

    @Test
    void aPreferenceShowsAtOnceOnTheDashboard() {
        add("ana@example.com", "Ana Lopez");
        assertThat(page()).contains("your weekly cap is");

        assertThat(demo.api("PUT", "/api/me/preferences", "{\"maxPerWeek\":17}").statusCode()).isEqualTo(200);

        assertThat(page()).contains("your weekly cap is 17.");
    }

    private String add(String email, String name) {
        return DemoSession.json(demo.api("POST", "/api/colleagues", "{\"email\":\"" + email + "\",\"name\":\"" + name
                + "\"}")).get("id").asString();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.base + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return demo.send(request);
    }

    private JsonNode list(String path) {
        HttpResponse<String> answer = get(path, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return DemoSession.json(answer);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        list("/api/colleagues").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    private String page() {
        return demo.page("/").body();
    }
}
