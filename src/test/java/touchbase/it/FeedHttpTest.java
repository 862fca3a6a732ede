package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The feed over HTTP on the real service in demo mode: its links, the calendar with its validators,
 * 304s, HEAD, rotation, the privacy setting, one series as a file, and 404 then 429 for guessed
 * tokens (last, since it spends this client's budget).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedHttpTest {

    @TempDir
    static Path dataDir;

    private DemoSession demo;
    private JsonNode series;

    @BeforeAll
    void signInAndBook() throws Exception {
        demo = new DemoSession(dataDir);
        series = demo.bookedSeries("lena.vogel@demo.touchbase.test", "Lena Vogel", "monthly");
    }

    @AfterAll
    void stop() {
        demo.close();
    }

    @Test
    @Order(1)
    void theApiGivesTheFeedUrlItsWebcalFormAndTheGoogleLinkOnceMade() {
        JsonNode links = DemoSession.json(demo.api("GET", "/api/feed", null));

        String url = links.get("url").asString();
        assertThat(url).matches(demo.base.replace(".", "\\.") + "/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(links.get("webcalUrl").asString()).isEqualTo("webcal" + url.substring("http".length()));
        assertThat(links.get("googleAddUrl").asString()).isEqualTo("https://calendar.google.com/calendar/render?cid="
                + URLEncoder.encode(links.get("webcalUrl").asString(), StandardCharsets.UTF_8));
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("url").asString()).isEqualTo(url);
    }

    @Test
    @Order(2)
    void theFeedIsACalendarWithTheBookedSeriesAndStrongValidators() {
        HttpResponse<String> feed = get(feedUrl());

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        assertThat(feed.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(feed.headers().firstValue("Last-Modified")).isPresent();
        assertThat(feed.headers().allValues("Cache-Control")).containsExactly("private, max-age=300");
        assertThat(feed.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(feed.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(feed.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(feed.body()).contains("UID:" + series.get("iCalUid").asString()).contains("Lena Vogel");
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar parsed = Biweekly.parse(feed.body()).warnings(warnings).first();
        assertThat(parsed.getEvents()).hasSize(1);
        assertThat(warnings).allMatch(List::isEmpty);
    }

    @Test
    @Order(3)
    void aClientWithTheCurrentCopyGets304ByEtagOrByDate() {
        HttpResponse<String> first = get(feedUrl());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = demo.send(HttpRequest.newBuilder(URI.create(feedUrl())).header("If-None-Match", etag));
        HttpResponse<String> byDate = demo.send(HttpRequest.newBuilder(URI.create(feedUrl()))
                .header("If-Modified-Since", lastModified));
        HttpResponse<String> otherTag = demo.send(HttpRequest.newBuilder(URI.create(feedUrl()))
                .header("If-None-Match", "\"something-else\""));
        HttpResponse<String> older = demo.send(HttpRequest.newBuilder(URI.create(feedUrl()))
                .header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"));

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).contains(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(older.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void headAnswersTheHeadersOfGetWithoutTheBody() {
        HttpResponse<String> get = get(feedUrl());
        HttpResponse<String> head = demo.send(HttpRequest.newBuilder(URI.create(feedUrl()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Type")).contains("text/calendar; charset=utf-8");
        assertThat(head.headers().firstValue("Content-Length"))
                .contains(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    @Order(5)
    void hidingNamesLeavesNoNameOrEmailInTheFeed() {
        assertThat(demo.api("PUT", "/api/feed", "{\"showsNames\":false}").statusCode()).isEqualTo(200);

        String hidden = get(feedUrl()).body();

        assertThat(hidden).contains("SUMMARY:Touch-base\r\n").doesNotContain("Lena").doesNotContain("mailto:")
                .doesNotContain("demo.touchbase.test").doesNotContain("ATTENDEE").doesNotContain("ORGANIZER");
        assertThat(demo.api("PUT", "/api/feed", "{\"showsNames\":true}").statusCode()).isEqualTo(200);
        assertThat(get(feedUrl()).body()).contains("Lena Vogel");
    }

    @Test
    @Order(6)
    void oneSeriesDownloadsAsAPublishedFileForItsAccountOnly() {
        String path = "/touchbases/" + series.get("id").asString() + ".ics";

        HttpResponse<String> file = demo.api("GET", path, null);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("METHOD:PUBLISH").contains("UID:" + series.get("iCalUid").asString());
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(demo.api("GET", "/touchbases/no-such-series.ics", null).statusCode()).isEqualTo(404);
        assertThat(java.net.http.HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(demo.base + path))
                .build(), HttpResponse.BodyHandlers.ofString()).join().statusCode()).isEqualTo(401);
    }

    @Test
    @Order(7)
    void rotatingMakesANewUrlAndTheOldOneIsUnknownAtOnce() {
        String old = feedUrl();
        HttpResponse<String> unknown = get(old.replaceAll("/feed/[^/]+$", "/feed/" + "A".repeat(43) + ".ics"));
        assertThat(demo.send(HttpRequest.newBuilder(URI.create(demo.base + "/api/feed/rotate"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);

        HttpResponse<String> rotated = demo.api("POST", "/api/feed/rotate", null);

        String fresh = DemoSession.json(rotated).get("url").asString();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(get(fresh).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = get(old);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo(unknown.body()).isEqualTo("{\"error\":\"no such feed\"}");
        assertThat(gone.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(gone.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(gone.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    @Order(8)
    void aSharingAddressShowsTheTouchBasesWithoutAnyEmailAddress() {
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").isNull()).isTrue();

        HttpResponse<String> made = demo.api("POST", "/api/feed/share", null);

        assertThat(made.statusCode()).isEqualTo(200);
        JsonNode sharing = DemoSession.json(made);
        String url = sharing.get("url").asString();
        assertThat(url).matches(demo.base.replace(".", "\\.") + "/feed/[A-Za-z0-9_-]{43}\\.ics").isNotEqualTo(feedUrl());
        assertThat(sharing.get("webcalUrl").asString()).isEqualTo("webcal" + url.substring("http".length()));
        assertThat(sharing.get("googleAddUrl").asString()).isEqualTo("https://calendar.google.com/calendar/render?cid="
                + URLEncoder.encode(sharing.get("webcalUrl").asString(), StandardCharsets.UTF_8));
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing")).isEqualTo(sharing);
        String shared = get(url).body();
        String own = get(feedUrl()).body();
        assertThat(shared).contains("UID:" + series.get("iCalUid").asString()).contains("Lena Vogel")
                .doesNotContain("mailto:").doesNotContain("demo.touchbase.test").doesNotContain("ATTENDEE")
                .doesNotContain("ORGANIZER");
        assertThat(own).contains("ATTENDEE;CN=Lena Vogel").contains("ORGANIZER:mailto:");
        assertThat(sequences(shared)).isEqualTo(sequences(own));
    }

    @Test
    @Order(9)
    void aReplacedOrRevokedSharingAddressIsUnknownAtOnceAndTheOwnFeedStays() {
        String first = DemoSession.json(demo.api("POST", "/api/feed/share", null)).get("url").asString();
        String second = DemoSession.json(demo.api("POST", "/api/feed/share", null)).get("url").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);
        assertThat(demo.send(HttpRequest.newBuilder(URI.create(demo.base + "/api/feed/share")).DELETE()).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(demo.api("DELETE", "/api/feed/share", null).statusCode()).isEqualTo(204);
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").isNull()).isTrue();
        assertThat(get(feedUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void guessingTokensGets404sThen429WithRetryAfter() {
        HttpResponse<String> answer = null;
        int tries = 0;
        while (tries < 40) {
            tries++;
            answer = get(demo.base + "/feed/guess" + tries + "xxxxxxxxxxxxxxxxxxxxxx.ics");
            if (answer.statusCode() != 404) {
                break;
            }
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(tries).isBetween(10, 30);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(get(feedUrl()).statusCode()).as("the whole address waits, known token or not").isEqualTo(429);
    }

    private static List<String> sequences(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("SEQUENCE:")).toList();
    }

    private String feedUrl() {
        return DemoSession.json(demo.api("GET", "/api/feed", null)).get("url").asString();
    }

    private HttpResponse<String> get(String url) {
        return demo.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }
}
