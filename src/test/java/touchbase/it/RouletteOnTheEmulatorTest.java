package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.calendar.events.EmulatedEvent;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * A coffee roulette through the JSON API on the emulator: booking a group that rotates pairs books one
 * round, each pair meeting a single Google event (no recurrence) inviting the pair, every member meeting
 * every other once; booking again answers the same round; cancelling deletes the meetings on Google.
 */
class RouletteOnTheEmulatorTest extends DemoPerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneRoundPairsEveryMemberWithEveryOtherOnceAsSingleEvents() throws Exception {
        start();
        List<String> ids = colleagues("tom.hughes", "lena.vogel", "chloe.dubois", "priya.raman");
        String groupId = roulette(ids);

        HttpResponse<String> booked = demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}");

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode pairings = DemoSession.json(booked).get("pairings");
        assertThat(pairings).as("3 weeks of 2 pairs").hasSize(6);
        Set<Set<String>> met = new HashSet<>();
        Set<String> periods = new TreeSet<>();
        for (JsonNode pairing : pairings) {
            List<String> pair = new ArrayList<>();
            pairing.get("colleagueIds").forEach(id -> pair.add(id.asString()));
            assertThat(pair).hasSize(2);
            assertThat(met.add(Set.copyOf(pair))).as("no pair repeats within the round: %s", pair).isTrue();
            periods.add(pairing.get("periodStart").asString());
            ZonedDateTime start = ZonedDateTime.parse(pairing.get("start").asString());
            assertThat(start.toLocalDate()).isBetween(java.time.LocalDate.parse(pairing.get("periodStart").asString()),
                    java.time.LocalDate.parse(pairing.get("periodStart").asString()).plusDays(6));
            assertThat(pairing.get("timeZone").asString()).isNotBlank();
        }
        assertThat(met).as("every member met every other").hasSize(6);
        assertThat(periods).hasSize(3);

        List<JsonNode> onGoogle = bookedOnGoogle(pairings);
        for (JsonNode event : onGoogle) {
            assertThat(event.has("recurrence")).as("a single event: %s", event).isFalse();
            assertThat(event.get("attendees")).hasSize(2);
        }
        assertThat(demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}").statusCode())
                .as("the round is booked once").isEqualTo(409);
        assertThat(DemoSession.json(demo.api("GET", "/api/groups/" + groupId, null)).get("pairings")).hasSize(6);
    }

    @Test
    void cancellingTheRouletteDeletesItsPairMeetingsOnGoogle() throws Exception {
        start();
        String groupId = roulette(colleagues("tom.hughes", "lena.vogel", "chloe.dubois"));
        JsonNode pairings = DemoSession.json(demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}"))
                .get("pairings");
        assertThat(pairings).as("3 members: 3 weeks, one sits out each").hasSize(3);
        bookedOnGoogle(pairings);

        HttpResponse<String> cancelled = demo.api("DELETE", "/api/groups/" + groupId + "/pairings", null);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(DemoSession.json(cancelled).get("cancelled")).hasSize(3);
        GoogleEmulator google = demo.service().emulator().orElseThrow();
        for (JsonNode pairing : pairings) {
            String eventId = demo.waitUntil(pairing.get("seriesId").asString(), "cancelled").get("googleEventId")
                    .asString();
            for (int i = 0; i < 100 && !google.event(DemoCalendars.ACCOUNT_EMAIL, eventId).orElseThrow().cancelled(); i++) {
                Thread.sleep(100);
            }
            assertThat(google.event(DemoCalendars.ACCOUNT_EMAIL, eventId).orElseThrow().cancelled()).isTrue();
        }
    }

    @Test
    void theGroupsPageBooksTheRoundListsThePairsAndCancelsThem() throws Exception {
        start();
        String groupId = roulette(colleagues("tom.hughes", "lena.vogel"));

        String booked = demo.form("/groups/" + groupId + "/book", java.util.Map.of()).body();

        assertThat(booked).contains("Coffee roulette booked").contains("id=\"pairings-" + groupId + "\"")
                .contains("tom.hughes and lena.vogel: ");
        assertThat(demo.form("/groups/" + groupId + "/book", java.util.Map.of()).body())
                .contains("round is booked already");
        String cancelled = demo.form("/groups/" + groupId + "/cancel-pairings", java.util.Map.of()).body();
        assertThat(cancelled).contains("Coffee roulette cancelled").contains("(cancelled)");
    }

    private String roulette(List<String> ids) throws Exception {
        HttpResponse<String> created = demo.api("POST", "/api/groups", "{\"name\":\"Roulette\",\"colleagueIds\":"
                + JSON.writeValueAsString(ids) + ",\"cadence\":\"weekly\",\"rotatePairs\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(DemoSession.json(created).get("roulette").asBoolean()).isTrue();
        return DemoSession.json(created).get("id").asString();
    }

    /** Waits until the outbox put every pair meeting on Google; answers the events as Google has them. */
    private List<JsonNode> bookedOnGoogle(JsonNode pairings) throws Exception {
        GoogleEmulator google = demo.service().emulator().orElseThrow();
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode pairing : pairings) {
            JsonNode series = demo.waitUntil(pairing.get("seriesId").asString(), "booked");
            EmulatedEvent event = google.event(DemoCalendars.ACCOUNT_EMAIL, series.get("googleEventId").asString())
                    .orElseThrow();
            events.add(JSON.readTree(event.json()));
        }
        return events;
    }
}
