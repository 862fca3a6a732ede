package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Feed page's "Share a read-only copy" (issue 12's second address), without JavaScript: plain forms
 * with the session's CSRF token make the sharing address, show it to copy, and stop it after a
 * confirmation step; the shared copy never shows attendees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedSharingPageTest {

    @TempDir
    static Path dataDir;

    private DemoSession demo;

    @BeforeAll
    void signInAndBook() throws Exception {
        demo = new DemoSession(dataDir);
        demo.bookedSeries("lena.vogel@demo.touchbase.test", "Lena Vogel", "monthly");
    }

    @AfterAll
    void stop() {
        demo.close();
    }

    @Test
    void theFeedPageMakesShowsAndStopsASharingAddress() {
        String before = demo.page("/feed").body();
        assertThat(before).contains("Share a read-only copy").contains("never shows attendees")
                .contains("action=\"/feed/share\"").doesNotContain("id=\"share-url\"");

        HttpResponse<String> made = demo.form("/feed/share", Map.of());
        String url = DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").get("url").asString();
        assertThat(made.uri().getPath()).isEqualTo("/feed");
        assertThat(made.body()).contains("Sharing address made").contains("id=\"share-url\" value=\"" + url + "\"")
                .contains("data-copy=\"share-url\"").contains("href=\"/feed?stopSharing=confirm\"");
        HttpResponse<String> shared = demo.send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("BEGIN:VEVENT").doesNotContain("ATTENDEE").doesNotContain("ORGANIZER")
                .doesNotContain("lena.vogel@");

        String confirm = demo.page("/feed?stopSharing=confirm").body();
        assertThat(confirm).contains("action=\"/feed/share/stop\"").contains("stops working at once");
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").get("url").asString())
                .as("asking for the confirmation stops nothing").isEqualTo(url);

        HttpResponse<String> stopped = demo.form("/feed/share/stop", Map.of());
        assertThat(stopped.body()).contains("Sharing stopped").doesNotContain("id=\"share-url\"");
        assertThat(demo.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode()).isEqualTo(404);
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").isNull()).isTrue();
    }

    @Test
    void aShareFormWithoutTheSessionsCsrfTokenMakesNothing() {
        HttpResponse<String> forged = demo.send(HttpRequest.newBuilder(URI.create(demo.base + "/feed/share"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode("forged", StandardCharsets.UTF_8))));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(DemoSession.json(demo.api("GET", "/api/feed", null)).get("sharing").isNull()).isTrue();
    }
}
