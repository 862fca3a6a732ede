package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import touchbase.google.ApiCallCounter;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * Issue 14, item 7: planning and booking colleagues in demo mode, Meet links on, costs at most two
 * Calendar API calls per booked colleague on average, counted by the service's own
 * {@link ApiCallCounter} from the plan until Google (the emulator) holds every series. The floor is
 * one insert per series (which also asks for the Meet link) plus the plan's free/busy reads (one call
 * per 50 calendars per 60-day window). The Meet links Google finishes after the insert come with the
 * next sync, which the recheck makes anyway; it is counted apart.
 */
class GoogleCallsPerBookingTest {

    /** Zones that share working hours with the demo account's London, so every colleague is placed. */
    private static final String[] ZONES = {"Europe/Berlin", "Europe/London", "Europe/Paris", "Europe/Lisbon",
        "Africa/Lagos", "Europe/Madrid"};

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} colleagues")
    @ValueSource(ints = {4, 20, 50})
    void planningAndBookingCostsAtMostTwoCallsPerBookedColleague(int colleagues) throws Exception {
        try (DemoSession demo = new DemoSession(dataDir)) {
            assertThat(demo.api("PUT", "/api/me/preferences",
                    "{\"maxPerDay\":20,\"maxPerWeek\":100,\"addMeetLink\":true}").statusCode()).isEqualTo(200);
            List<String> ids = addColleagues(demo, colleagues);
            ApiCallCounter calls = demo.service().googleCalls().orElseThrow();
            long before = calls.total();

            JsonNode plan = DemoSession.json(demo.api("POST", "/api/plan", null)).get("proposals");
            List<String> series = new ArrayList<>();
            for (JsonNode proposal : plan) {
                if (proposal.get("placed").asBoolean()) {
                    series.add(DemoSession.json(demo.api("POST", "/api/touchbases", "{\"colleagueId\":\""
                            + proposal.get("colleagueId").asString() + "\",\"acceptStretch\":true}")).get("id").asString());
                }
            }
            for (String id : series) {
                demo.waitUntil(id, "booked");
            }
            long used = calls.total() - before;
            assertThat(demo.api("POST", "/api/recheck", null).statusCode()).isEqualTo(200);
            long recheck = calls.total() - before - used;

            System.out.printf("Calendar calls: %d colleagues, %d booked, %d calls, %.2f per booked colleague"
                    + " (then %d for the recheck that brings the Meet links)%n",
                    ids.size(), series.size(), used, (double) used / series.size(), recheck);
            assertThat(series).hasSizeGreaterThanOrEqualTo(colleagues * 3 / 4);
            assertThat(used).as("Calendar calls for %d booked colleagues", series.size())
                    .isLessThanOrEqualTo(2L * series.size());
            for (String id : series) {
                assertThat(DemoSession.json(demo.api("GET", "/api/touchbases/" + id, null)).get("meetLink").asString())
                        .as("the Meet link, brought by the sync").startsWith("https://meet.google.com/");
            }
        }
    }

    /** The demo colleagues who share hours with London first, then people of the demo domain. */
    private static List<String> addColleagues(DemoSession demo, int count) {
        List<String> emails = new ArrayList<>(List.of("lena.vogel", "tom.hughes", "chloe.dubois", "priya.raman",
                "maria.costa", "jordan.blake"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String local = i < emails.size() ? emails.get(i) : "colleague" + i;
            String zone = i < emails.size() ? null : ZONES[i % ZONES.length];
            String body = "{\"email\":\"" + local + "@" + DemoCalendars.DOMAIN + "\",\"name\":\"Colleague " + i
                    + "\",\"cadence\":\"" + (i % 2 == 0 ? "monthly" : "quarterly") + "\""
                    + (zone == null ? "" : ",\"timezone\":\"" + zone + "\"") + "}";
            ids.add(DemoSession.json(demo.api("POST", "/api/colleagues", body)).get("id").asString());
        }
        return ids;
    }
}
