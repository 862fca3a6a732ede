package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.it.ClusterBrowser.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The feed behind a load balancer: each instance caches rendered feeds and known tokens in memory, and a
 * change made through one instance (a series cancelled, a token rotated, a sharing address revoked) is
 * served by the other within a few seconds, not after its cache would have expired (an hour). The same holds
 * for the kept colleague list and dashboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedAcrossInstancesTest {

    /** A few seconds: the caches check the database at least every second. */
    private static final int POLLS = 50;

    @TempDir
    static Path dataDir;

    private TouchbaseCluster cluster;
    private final ClusterBrowser browser = new ClusterBrowser();
    private final HttpClient reader = HttpClient.newHttpClient();
    private int first;
    private int second;

    @BeforeAll
    void startTwoInstances() {
        cluster = new TouchbaseCluster(dataDir);
        first = cluster.instance().port();
        second = cluster.instance().port();
        browser.signIn(first, second);
        browser.api(second, "PUT", "/api/me/preferences", "{\"addMeetLink\":false}");
    }

    @AfterAll
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void aSeriesCancelledOnOneInstanceLeavesTheOtherInstancesCachedFeed() throws Exception {
        String seriesId = bookedSeries("lena.vogel@demo.touchbase.test", "Lena Vogel");
        String feed = feedPath(json(browser.api(first, "GET", "/api/feed", null)));
        assertThat(get(second, feed).body()).contains("Lena Vogel").doesNotContain("STATUS:CANCELLED");
        assertThat(get(first, feed).body()).doesNotContain("STATUS:CANCELLED");

        assertThat(browser.api(first, "DELETE", "/api/touchbases/" + seriesId, null).statusCode()).isEqualTo(200);

        assertThat(pollUntil(second, feed, answer -> answer.body().contains("STATUS:CANCELLED")).body())
                .contains("STATUS:CANCELLED");
    }

    @Test
    void aFeedRotatedOnOneInstanceIsUnknownOnTheOtherWithinSeconds() throws Exception {
        String old = feedPath(json(browser.api(second, "GET", "/api/feed", null)));
        assertThat(get(second, old).statusCode()).isEqualTo(200);

        String fresh = feedPath(json(browser.api(first, "POST", "/api/feed/rotate", null)));

        assertThat(pollUntil(second, old, answer -> answer.statusCode() == 404).statusCode()).isEqualTo(404);
        assertThat(get(second, fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void aSharingAddressRevokedOnOneInstanceIsUnknownOnTheOtherWithinSeconds() throws Exception {
        String shared = feedPath(json(browser.api(second, "POST", "/api/feed/share", null)));
        assertThat(get(first, shared).statusCode()).isEqualTo(200);
        assertThat(json(browser.api(first, "GET", "/api/feed", null)).get("sharing").get("url").asString())
                .endsWith(shared);

        assertThat(browser.api(second, "DELETE", "/api/feed/share", null).statusCode()).isEqualTo(204);

        assertThat(pollUntil(first, shared, answer -> answer.statusCode() == 404).statusCode()).isEqualTo(404);
    }

    @Test
    void aColleagueAddedOnOneInstanceShowsInTheOtherInstancesKeptListsWithinSeconds() throws Exception {
        JsonNode before = json(browser.api(second, "GET", "/api/colleagues", null));
        assertThat(names(before)).doesNotContain("Noor Haddad");
        assertThat(browser.api(second, "GET", "/", null).body()).doesNotContain("Noor Haddad");

        String colleagueId = json(browser.api(first, "POST", "/api/colleagues",
                "{\"email\":\"noor.haddad@demo.touchbase.test\",\"name\":\"Noor Haddad\"}")).get("id").asString();
        assertThat(names(json(browser.api(first, "GET", "/api/colleagues", null)))).as("at once on the instance written")
                .contains("Noor Haddad");

        JsonNode after = before;
        for (int poll = 0; poll < POLLS && !names(after).contains("Noor Haddad"); poll++) {
            Thread.sleep(100);
            after = json(browser.api(second, "GET", "/api/colleagues", null));
        }
        assertThat(names(after)).contains("Noor Haddad");
        assertThat(browser.api(second, "GET", "/", null).body()).contains("Noor Haddad");
        assertThat(browser.api(first, "DELETE", "/api/colleagues/" + colleagueId, null).statusCode()).isEqualTo(204);
    }

    private static java.util.List<String> names(JsonNode colleagues) {
        java.util.List<String> names = new java.util.ArrayList<>();
        colleagues.forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    private String bookedSeries(String email, String name) throws InterruptedException {
        String colleagueId = json(browser.api(first, "POST", "/api/colleagues", "{\"email\":\"" + email
                + "\",\"name\":\"" + name + "\",\"cadence\":\"monthly\"}")).get("id").asString();
        String seriesId = json(browser.api(second, "POST", "/api/touchbases", "{\"colleagueId\":\"" + colleagueId
                + "\"}")).get("id").asString();
        for (int i = 0; i < 100; i++) {
            if ("booked".equals(json(browser.api(i % 2 == 0 ? first : second, "GET", "/api/touchbases/" + seriesId,
                    null)).get("status").asString())) {
                return seriesId;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("series " + seriesId + " was not booked");
    }

    /** The path of a feed address (the public address left out: each instance answers it). */
    private static String feedPath(JsonNode links) {
        return URI.create(links.get("url").asString()).getPath();
    }

    private HttpResponse<String> pollUntil(int port, String path, Predicate<HttpResponse<String>> done)
            throws Exception {
        HttpResponse<String> answer = get(port, path);
        for (int poll = 0; poll < POLLS && !done.test(answer); poll++) {
            Thread.sleep(100);
            answer = get(port, path);
        }
        return answer;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return reader.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
