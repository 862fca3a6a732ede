package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Changing a colleague's zone re-plans their upcoming touch-bases that now fall outside their working
 * hours, through the recheck: the API's answer lists what moved, the page says so in a notice.
 */
class ZoneChangeReplanTest extends SignedInDemo {

    /** The demo account's zone; New York shares its afternoons, Kolkata its mornings. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aNewZoneMovesTheOccurrencesOutsideTheColleaguesHoursAndTheAnswerSaysWhat() throws Exception {
        JsonNode series = demo.bookedSeries("lena.vogel@demo.touchbase.test", "Lena Vogel", "weekly");
        String lena = series.get("colleagueId").asString();

        HttpResponse<String> edited = demo.api("PUT", "/api/colleagues/" + lena, "{\"timezone\":\"America/New_York\"}");

        assertThat(edited.statusCode()).isEqualTo(200);
        JsonNode answer = DemoSession.json(edited);
        assertThat(answer.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(answer.get("moved").size()).isPositive();
        for (JsonNode moved : answer.get("moved")) {
            assertThat(moved.get("seriesId").asString()).isEqualTo(series.get("id").asString());
            assertThat(moved.get("action").asString()).isEqualTo("moved");
            assertThat(moved.get("detail").asString()).startsWith("now outside Lena Vogel's working hours");
        }
        assertThat(DemoSession.json(demo.api("PUT", "/api/colleagues/" + lena, "{\"name\":\"Lena V.\"}"))
                .get("moved").size()).as("an edit that leaves zone and hours alone moves nothing").isZero();
    }

    @Test
    void theEditFormSaysWhenANewZoneMovedTouchBases() throws Exception {
        JsonNode series = demo.bookedSeries("tom.hughes@demo.touchbase.test", "Tom Hughes", "weekly");
        String tom = series.get("colleagueId").asString();
        int londonHour = OffsetDateTime.parse(series.get("start").asString()).atZoneSameInstant(LONDON).getHour();
        String outside = londonHour < 14 ? "America/New_York" : "Asia/Kolkata";

        HttpResponse<String> saved = demo.form("/colleagues/" + tom, Map.of("email", "tom.hughes@demo.touchbase.test",
                "name", "Tom Hughes", "timezone", outside, "cadence", "weekly", "notes", ""));

        assertThat(saved.uri().toString()).endsWith("/colleagues?notice=replanned");
        assertThat(saved.body()).contains("Their new time zone or hours moved touch-bases");
    }
}
