package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.google.emulator.GoogleEmulator;

/**
 * Last contact through the service in demo mode: a meeting put on Alex's calendar in the emulator is
 * read by {@code POST /api/recheck} (or the dashboard's "Check with Google Calendar now") and then shows
 * in the API's colleague answer and on the pages, most overdue first; the title only once chosen; "we
 * just met" skips the next touch-base, from the API and from a page form, naming the day.
 */
class LastContactHttpTest {

    private static final String LENA = "lena.vogel@demo.touchbase.test";
    private static final String JORDAN = "jordan.blake@demo.touchbase.test";

    @TempDir
    Path dataDir;

    private DemoSession demo;
    private GoogleEmulator google;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);

    @BeforeEach
    void signIn() {
        demo = new DemoSession(dataDir);
        google = demo.service().emulator().orElseThrow();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void aPastMeetingIsTheLastContactInTheApiAndOnThePagesWithItsTitleOnlyOnceChosen() {
        String lena = add(LENA, "Lena Vogel", "monthly");
        Instant met = now.minus(Duration.ofDays(10));
        MeetingsOnDemoGoogle.meeting(google, "Project review", met, LENA);

        assertThat(demo.api("POST", "/api/recheck", null).statusCode()).isEqualTo(200);

        JsonNode standing = colleague(lena);
        assertThat(OffsetDateTime.parse(standing.get("lastContact").asString()).toInstant()).isEqualTo(met);
        assertThat(standing.get("lastContactKind").asString()).isEqualTo("meeting");
        assertThat(standing.get("lastContactTitle").asString()).isEqualTo("a meeting");
        assertThat(standing.get("overdue").asBoolean()).isFalse();
        assertThat(page("/")).contains("id=\"people\"").contains("Lena Vogel").contains("1 week ago")
                .contains("Last contact: other meeting").doesNotContain("Project review");

        JsonNode me = DemoSession.json(demo.api("PUT", "/api/me/preferences",
                "{\"showMeetingTitles\":true,\"graceDays\":3}"));
        assertThat(me.get("showMeetingTitles").asBoolean()).isTrue();
        assertThat(me.get("graceDays").asInt()).isEqualTo(3);
        assertThat(colleague(lena).get("lastContactTitle").asString()).isEqualTo("Project review");
        assertThat(page("/colleagues")).contains("(1 week ago), other meeting: Project review");
        assertThat(page("/preferences")).contains("id=\"graceDays\" name=\"graceDays\" value=\"3\"");
    }

    @Test
    void theColleagueLongestWithoutContactComesFirstMarkedOverdue() {
        add(LENA, "Lena Vogel", "monthly");
        String jordan = add(JORDAN, "Jordan Blake", "weekly");
        MeetingsOnDemoGoogle.meeting(google, "Lunch", now.minus(Duration.ofDays(2)), LENA);
        MeetingsOnDemoGoogle.meeting(google, "Offsite", now.minus(Duration.ofDays(70)), JORDAN);

        form("/recheck", "");

        JsonNode all = DemoSession.json(demo.api("GET", "/api/colleagues", null));
        assertThat(all.get(0).get("id").asString()).isEqualTo(jordan);
        assertThat(all.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(all.get(1).get("overdue").asBoolean()).isFalse();
        String dashboard = page("/");
        assertThat(dashboard.indexOf("Jordan Blake")).isLessThan(dashboard.indexOf("Lena Vogel"));
        assertThat(dashboard).contains("<span class=\"tag overdue\">overdue</span>").contains(" days ago")
                .contains("2 months ago");
    }

    @Test
    void weJustMetSkipsTheNextTouchBaseAndSaysWhichDay() throws InterruptedException {
        JsonNode series = demo.bookedSeries(LENA, "Lena Vogel", "weekly");
        String lena = series.get("colleagueId").asString();
        String first = colleague(lena).get("nextTouchBase").asString();
        assertThat(page("/")).contains("We just met: skip");

        HttpResponse<String> skipped = form("/colleagues/" + lena + "/just-met", "&back=dashboard");

        assertThat(skipped.uri().getPath()).isEqualTo("/");
        assertThat(skipped.body()).contains("Noted that you just met: the touch-base of "
                + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(OffsetDateTime.parse(first).atZoneSameInstant(java.time.ZoneId.of(
                        DemoSession.json(demo.api("GET", "/api/me", null)).get("timeZone").asString()))));
        assertThat(colleague(lena).get("nextTouchBase").asString()).isNotEqualTo(first);

        JsonNode again = DemoSession.json(demo.api("POST", "/api/colleagues/" + lena + "/just-met", null));
        assertThat(again.get("skipped").asString()).isNotEqualTo(first);
        assertThat(again.get("colleague").get("id").asString()).isEqualTo(lena);
        String nobody = add(JORDAN, "Jordan Blake", "weekly");
        assertThat(demo.api("POST", "/api/colleagues/" + nobody + "/just-met", null).statusCode()).isEqualTo(409);
    }

    private String add(String email, String name, String cadence) {
        return DemoSession.json(demo.api("POST", "/api/colleagues", "{\"email\":\"" + email + "\",\"name\":\"" + name
                + "\",\"cadence\":\"" + cadence + "\"}")).get("id").asString();
    }

    private JsonNode colleague(String id) {
        for (JsonNode c : DemoSession.json(demo.api("GET", "/api/colleagues", null))) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no colleague " + id);
    }

    private String page(String path) {
        return demo.send(HttpRequest.newBuilder(URI.create(demo.base + path)).GET()).body();
    }

    private HttpResponse<String> form(String path, String more) {
        return demo.send(HttpRequest.newBuilder(URI.create(demo.base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(demo.csrf, StandardCharsets.UTF_8)
                        + more)));
    }
}
