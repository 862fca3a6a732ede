package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.calendar.events.EmulatedEvent;

/**
 * Team virtual coffee through the JSON API in demo mode: a group is created, planned and booked as
 * exactly one recurring Google event with every member invited, and the input errors name their field.
 */
class GroupsOnTheEmulatorTest extends DemoPerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void booksOneRecurringEventInvitingEveryMember() throws Exception {
        start();
        List<String> ids = colleagues("tom.hughes", "maria.costa", "chloe.dubois");

        HttpResponse<String> created = demo.api("POST", "/api/groups", "{\"name\":\"EMEA coffee\",\"colleagueIds\":"
                + JSON.writeValueAsString(ids) + ",\"cadence\":\"every two weeks\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode group = DemoSession.json(created);
        String groupId = group.get("id").asString();
        assertThat(group.get("quorum").asInt()).isEqualTo(2);
        assertThat(DemoSession.json(demo.api("GET", "/api/groups", null)).get(0).get("id").asString()).isEqualTo(groupId);

        JsonNode plan = DemoSession.json(demo.api("POST", "/api/plan", "{\"groupId\":\"" + groupId + "\"}"));
        assertThat(plan.get("proposal").get("placed").asBoolean()).as(plan.toString()).isTrue();
        assertThat(plan.get("proposal").get("rrule").asString()).startsWith("FREQ=WEEKLY;INTERVAL=2");

        HttpResponse<String> booked = demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String seriesId = DemoSession.json(booked).get("id").asString();
        assertThat(DemoSession.json(booked).get("groupId").asString()).isEqualTo(groupId);
        JsonNode series = demo.waitUntil(seriesId, "booked");
        assertThat(demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}").statusCode()).isEqualTo(409);

        GoogleEmulator google = demo.service().emulator().orElseThrow();
        List<EmulatedEvent> events = google.events("alex.morgan@demo.touchbase.test").stream()
                .filter(event -> event.summary() != null && event.summary().contains("EMEA coffee"))
                .filter(event -> !event.cancelled()).toList();
        String eventId = series.get("googleEventId").asString();
        assertThat(events).as("the series and its moved instances only").allMatch(event -> event.id().equals(eventId)
                || event.id().startsWith(eventId + "_"));
        events = events.stream().filter(event -> event.id().equals(eventId)).toList();
        assertThat(events).hasSize(1);
        List<String> attendees = new ArrayList<>();
        JSON.readTree(events.get(0).json()).get("attendees").forEach(a -> attendees.add(a.get("email").asString()));
        assertThat(attendees).contains("tom.hughes@demo.touchbase.test", "maria.costa@demo.touchbase.test",
                "chloe.dubois@demo.touchbase.test");
        assertThat(JSON.readTree(events.get(0).json()).get("recurrence").get(0).asString()).startsWith("RRULE:");
    }

    @Test
    void refusesBadGroupsNamingTheField() throws Exception {
        start();
        List<String> ids = colleagues("tom.hughes", "lena.vogel");

        assertThat(field(demo.api("POST", "/api/groups", "{\"name\":\"Solo\",\"colleagueIds\":[\"" + ids.get(0)
                + "\"],\"cadence\":\"weekly\"}"))).isEqualTo("colleagueIds");
        assertThat(field(demo.api("POST", "/api/groups", "{\"name\":\"Ghosts\",\"colleagueIds\":[\"" + ids.get(0)
                + "\",\"no-such-colleague\"],\"cadence\":\"weekly\"}"))).isEqualTo("colleagueIds");
        assertThat(field(demo.api("POST", "/api/groups", "{\"name\":\"Odd\",\"colleagueIds\":"
                + JSON.writeValueAsString(ids) + ",\"cadence\":\"every blue moon\"}"))).isEqualTo("cadence");
        List<String> nine = new ArrayList<>(ids);
        for (int i = 0; i < 7; i++) {
            nine.add("x" + i);
        }
        assertThat(field(demo.api("POST", "/api/groups", "{\"name\":\"Crowd\",\"colleagueIds\":"
                + JSON.writeValueAsString(nine) + ",\"cadence\":\"weekly\"}"))).isEqualTo("colleagueIds");
        assertThat(demo.api("POST", "/api/plan", "{\"groupId\":\"no-such-group\"}").statusCode()).isEqualTo(404);
        assertThat(demo.api("POST", "/api/touchbases", "{\"groupId\":\"no-such-group\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void theGroupsPageCreatesAGroupFromTheFormAndBooksIt() throws Exception {
        start();
        List<String> ids = colleagues("tom.hughes", "lena.vogel");
        String csrf = DemoSession.json(demo.api("GET", "/api/me", null)).get("csrfToken").asString();

        String page = demo.send(HttpRequest.newBuilder(URI.create(base() + "/groups")).GET()).body();
        assertThat(page).contains("<fieldset").contains("<legend>Members (2 to 8)</legend>")
                .contains("<label for=\"group-name\">").contains("value=\"" + ids.get(0) + "\"");

        String form = "csrf=" + enc(csrf) + "&name=" + enc("Tea time") + "&colleagueIds=" + enc(ids.get(0))
                + "&colleagueIds=" + enc(ids.get(1)) + "&cadence=" + enc("weekly") + "&quorum=";
        HttpResponse<String> created = demo.send(HttpRequest.newBuilder(URI.create(base() + "/groups"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(created.body()).contains("Tea time").contains("Group created");
        String groupId = DemoSession.json(demo.api("GET", "/api/groups", null)).get(0).get("id").asString();

        HttpResponse<String> booked = demo.send(HttpRequest.newBuilder(URI.create(base() + "/groups/" + groupId + "/book"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf))));
        assertThat(booked.body()).contains("Booked.");
    }

    private String base() {
        return "http://localhost:" + demo.service().port();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String field(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        return DemoSession.json(answer).get("field").asString();
    }
}
