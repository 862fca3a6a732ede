package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import touchbase.account.GoogleScopes;
import touchbase.config.AppConfig;
import touchbase.config.Wiring;
import touchbase.google.ApiCallCounter;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * The recheck keeps a coffee roulette's pair meetings on the emulator: a meeting that now clashes for one
 * of the pair moves within its roulette period, and Google's single event moves with it; with no time of
 * its period free it is flagged and stays; one on a day you no longer work moves to another day, and
 * a week over your lowered caps flags its later one; a member's decline flags it and moves nothing; a meeting
 * already held is never touched (while one ahead with a clash moves); and a calendar that did not change makes no writes. The round is booked
 * from next Monday whatever the time of day, and each test works on the round's first pair meeting.
 */
class RouletteRecheckOnTheEmulatorTest extends DemoPerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] MEMBERS = {"tom.hughes", "lena.vogel", "chloe.dubois", "priya.raman"};

    /** The demo people by colleague id, in the order they were added. */
    private final Map<String, String> people = new LinkedHashMap<>();
    private String groupId;

    @Test
    void aClashForOneOfThePairMovesTheirMeetingWithinItsPeriodAndGoogleMovesTheEvent() throws Exception {
        start();
        JsonNode pairing = firstOf(bookedRound());
        ZonedDateTime at = startOf(pairing);
        meeting(member(pairing, 0), at.minusMinutes(15), at.plusMinutes(45));

        JsonNode item = onlyItemFor(recheck(), pairing);

        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("moved");
        assertThat(item.get("detail").asString()).contains(member(pairing, 0) + "'s calendar clashes");
        ZonedDateTime to = ZonedDateTime.parse(item.get("newStart").asString()).withZoneSameInstant(at.getZone());
        assertThat(to.toInstant()).isNotEqualTo(at.toInstant());
        LocalDate period = LocalDate.parse(pairing.get("periodStart").asString());
        assertThat(to.toLocalDate()).as("within its roulette period").isBetween(period, period.plusDays(6));
        JsonNode event = eventOnGoogleWhenAt(pairing, to.toInstant());
        assertThat(event.has("recurrence")).as("still a single event: %s", event).isFalse();
        assertThat(startOf(pairingNow(pairing))).as("the group lists where it is held").isEqualTo(to.toInstant()
                .atZone(at.getZone()));
    }

    @Test
    void withNoTimeOfItsPeriodFreeForThePairTheMeetingIsFlaggedAndStays() throws Exception {
        start();
        JsonNode pairing = firstOf(bookedRound());
        String before = written(pairing);
        ZonedDateTime monday = LocalDate.parse(pairing.get("periodStart").asString()).atStartOfDay(startOf(pairing)
                .getZone());
        meeting(member(pairing, 1), monday, monday.plusWeeks(1));

        JsonNode item = onlyItemFor(recheck(), pairing);

        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("flagged");
        assertThat(item.get("detail").asString()).contains(member(pairing, 1) + "'s calendar clashes")
                .contains("no free slot that week");
        assertThat(written(pairing)).isEqualTo(before);
    }

    @Test
    void aMeetingOnADayYouNoLongerWorkMovesToAnotherDayOfItsPeriod() throws Exception {
        start();
        JsonNode pairing = firstOf(bookedRound());
        ZonedDateTime at = startOf(pairing);
        preferences("{\"workingHours\":{\"" + at.getDayOfWeek() + "\":[]}}");

        JsonNode item = onlyItemFor(recheck(), pairing);

        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("moved");
        assertThat(item.get("detail").asString()).contains("now outside your working hours");
        ZonedDateTime to = ZonedDateTime.parse(item.get("newStart").asString()).withZoneSameInstant(at.getZone());
        LocalDate period = LocalDate.parse(pairing.get("periodStart").asString());
        assertThat(to.toLocalDate()).isNotEqualTo(at.toLocalDate()).isBetween(period, period.plusDays(6));
        eventOnGoogleWhenAt(pairing, to.toInstant());
    }

    @Test
    void aWeekOverYourLoweredCapsFlagsItsLaterPairMeetingAndKeepsTheEarlierOne() throws Exception {
        start();
        JsonNode round = bookedRound();
        JsonNode earlier = firstOf(round);
        JsonNode later = secondOf(round, earlier);
        preferences("{\"maxPerDay\":1,\"maxPerWeek\":1}");

        JsonNode report = recheck();

        JsonNode item = onlyItemFor(report, later);
        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("flagged");
        assertThat(item.get("detail").asString()).as("the daily cap when both are on one day")
                .containsPattern("now over your (daily|weekly) cap of 1 touch-bases").contains("no free slot that week");
        report.get("items").forEach(other -> assertThat(other.get("seriesId").asString()).as(report.toString())
                .isNotEqualTo(earlier.get("seriesId").asString()));
    }

    @Test
    void aMemberWhoDeclinedTheirPairMeetingFlagsItAndNothingOfTheRoundMoves() throws Exception {
        start();
        JsonNode round = bookedRound();
        JsonNode pairing = firstOf(round);
        declines(pairing, member(pairing, 1));
        String before = written(pairing);

        JsonNode report = recheck();

        JsonNode item = onlyItemFor(report, pairing);
        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("flagged");
        assertThat(item.get("detail").asString()).contains(member(pairing, 1) + " declined this pair meeting");
        report.get("items").forEach(other -> assertThat(other.get("action").asString()).as(report.toString())
                .isNotEqualTo("moved"));
        assertThat(written(pairing)).isEqualTo(before);
        assertThat(startOf(pairingNow(pairing))).isEqualTo(startOf(pairing));
    }

    @Test
    void aPairMeetingAlreadyHeldIsNeverTouched() throws Exception {
        TouchbaseCluster.ShiftedClock clock = new TouchbaseCluster.ShiftedClock();
        demo = new DemoSession(DemoSession.freePort(), port -> Wiring.start(AppConfig.fromEnvironment(Map.of(
                "PORT", String.valueOf(port), "TOUCHBASE_DATA_DIR", dataDir.toString())), clock));
        JsonNode round = bookedRound();
        JsonNode pairing = firstOf(round);
        ZonedDateTime at = startOf(pairing);
        JsonNode nextWeek = firstOf(round, LocalDate.parse(pairing.get("periodStart").asString()).plusWeeks(1));
        String before = written(pairing);
        clock.shift(Duration.between(clock.instant(), at.toInstant()).plusHours(1));
        demo.signIn();
        meeting(member(pairing, 0), at.minusMinutes(15), at.plusMinutes(45));
        meeting(member(nextWeek, 0), startOf(nextWeek).minusMinutes(15), startOf(nextWeek).plusMinutes(45));

        JsonNode report = recheck();

        report.get("items").forEach(item -> assertThat(item.get("seriesId").asString()).as(report.toString())
                .isNotEqualTo(pairing.get("seriesId").asString()));
        assertThat(written(pairing)).isEqualTo(before);
        assertThat(startOf(pairingNow(pairing))).isEqualTo(at);
        assertThat(startOf(pairingNow(nextWeek))).as("the one ahead moved (by this recheck, or by the periodic one"
                + " that the shifted clock made due)").isNotEqualTo(startOf(nextWeek));
    }

    @Test
    void aCalendarThatDidNotChangeMakesNoWritesAndFewCalls() throws Exception {
        start();
        JsonNode round = bookedRound();
        List<String> before = eventsOnGoogle(round);
        JsonNode first = recheck();
        ApiCallCounter calls = demo.service().googleCalls().orElseThrow();
        long callsBefore = calls.total();

        JsonNode second = recheck();

        long used = calls.total() - callsBefore;
        System.out.printf("a recheck of an account with %d pair meetings: %d Google calls %s%n", round.size(), used,
                calls.counts());
        assertThat(first.get("items")).as(first.toString()).isEmpty();
        assertThat(second.get("items")).as(second.toString()).isEmpty();
        assertThat(eventsOnGoogle(round)).isEqualTo(before);
        for (JsonNode pairing : round) {
            assertThat(demo.waitUntil(pairing.get("seriesId").asString(), "booked").get("changes")).isEmpty();
        }
        assertThat(used).as("sync, one batched free/busy read, last contact's sync").isLessThanOrEqualTo(4);
    }

    /** Books a weekly roulette of the four members (in their demo zones); answers its pairings once Google has them. */
    private JsonNode bookedRound() throws Exception {
        List<String> ids = colleaguesInTheirZones(MEMBERS);
        for (int i = 0; i < ids.size(); i++) {
            people.put(ids.get(i), MEMBERS[i]);
        }
        HttpResponse<String> created = demo.api("POST", "/api/groups", "{\"name\":\"Roulette\",\"colleagueIds\":[\""
                + String.join("\",\"", ids) + "\"],\"cadence\":\"weekly\",\"rotatePairs\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        groupId = DemoSession.json(created).get("id").asString();
        HttpResponse<String> booked = demo.api("POST", "/api/touchbases", "{\"groupId\":\"" + groupId + "\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode pairings = DemoSession.json(booked).get("pairings");
        assertThat(pairings).as("3 weeks of 2 pairs").hasSize(6);
        for (JsonNode pairing : pairings) {
            demo.waitUntil(pairing.get("seriesId").asString(), "booked");
        }
        return pairings;
    }

    /** The earliest pair meeting of the round (in its first week, so within the recheck's four weeks). */
    private static JsonNode firstOf(JsonNode pairings) {
        return firstOf(pairings, LocalDate.MIN);
    }

    /** The earliest pair meeting of the round in the period from {@code period} on. */
    private static JsonNode firstOf(JsonNode pairings, LocalDate period) {
        List<JsonNode> all = new ArrayList<>();
        pairings.forEach(all::add);
        return all.stream().filter(p -> !LocalDate.parse(p.get("periodStart").asString()).isBefore(period))
                .min(java.util.Comparator.comparing(p -> startOf(p).toInstant())).orElseThrow();
    }

    /** The other pair meeting of {@code first}'s period. */
    private static JsonNode secondOf(JsonNode pairings, JsonNode first) {
        for (JsonNode pairing : pairings) {
            if (pairing.get("periodStart").equals(first.get("periodStart"))
                    && !pairing.get("seriesId").equals(first.get("seriesId"))) {
                return pairing;
            }
        }
        throw new AssertionError("no second pair meeting in the period of " + first);
    }

    private void preferences(String body) {
        HttpResponse<String> changed = demo.api("PUT", "/api/me/preferences", body);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private String member(JsonNode pairing, int index) {
        return people.get(pairing.get("colleagueIds").get(index).asString());
    }

    private static ZonedDateTime startOf(JsonNode pairing) {
        return ZonedDateTime.parse(pairing.get("start").asString())
                .withZoneSameInstant(ZoneId.of(pairing.get("timeZone").asString()));
    }

    /** The pair meeting as the group lists it now. */
    private JsonNode pairingNow(JsonNode pairing) {
        for (JsonNode now : DemoSession.json(demo.api("GET", "/api/groups/" + groupId, null)).get("pairings")) {
            if (now.get("seriesId").asString().equals(pairing.get("seriesId").asString())) {
                return now;
            }
        }
        throw new AssertionError("the group no longer lists " + pairing);
    }

    /** Rechecks now; while the periodic recheck runs (due at once after the clock is shifted), waits for it. */
    private JsonNode recheck() throws InterruptedException {
        HttpResponse<String> recheck = demo.api("POST", "/api/recheck", null);
        for (int i = 0; i < 100 && recheck.statusCode() == 429; i++) {
            Thread.sleep(100);
            recheck = demo.api("POST", "/api/recheck", null);
        }
        assertThat(recheck.statusCode()).as(recheck.body()).isEqualTo(200);
        return DemoSession.json(recheck);
    }

    private static JsonNode onlyItemFor(JsonNode report, JsonNode pairing) {
        List<JsonNode> items = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("seriesId").asString().equals(pairing.get("seriesId").asString())) {
                items.add(item);
            }
        });
        assertThat(items).as(report.toString()).hasSize(1);
        return items.get(0);
    }

    private String eventId(JsonNode pairing) throws InterruptedException {
        return demo.waitUntil(pairing.get("seriesId").asString(), "booked").get("googleEventId").asString();
    }

    private JsonNode eventOnGoogle(JsonNode pairing) throws InterruptedException {
        GoogleEmulator google = demo.service().emulator().orElseThrow();
        return JSON.readTree(google.event(DemoCalendars.ACCOUNT_EMAIL, eventId(pairing))
                .orElseThrow().json());
    }

    /**
     * What a write to the pair meeting's event would change (its time, guests, sequence, etag and last
     * update); not the Meet link, which Google finishes by itself after the insert.
     */
    private String written(JsonNode pairing) throws InterruptedException {
        JsonNode event = eventOnGoogle(pairing);
        return List.of("start", "end", "attendees", "sequence", "etag", "updated").stream()
                .map(field -> field + "=" + event.get(field)).toList().toString();
    }

    private List<String> eventsOnGoogle(JsonNode pairings) throws InterruptedException {
        List<String> events = new ArrayList<>();
        for (JsonNode pairing : pairings) {
            events.add(written(pairing));
        }
        return events;
    }

    /** Google's event once the outbox moved it to {@code start}. */
    private JsonNode eventOnGoogleWhenAt(JsonNode pairing, Instant start) throws InterruptedException {
        JsonNode event = eventOnGoogle(pairing);
        for (int i = 0; i < 100 && !startsAt(event, start); i++) {
            Thread.sleep(100);
            event = eventOnGoogle(pairing);
        }
        assertThat(startsAt(event, start)).as("Google's event moved to %s: %s", start, event).isTrue();
        return event;
    }

    private static boolean startsAt(JsonNode event, Instant start) {
        return OffsetDateTime.parse(event.get("start").get("dateTime").asString()).toInstant().equals(start);
    }

    /** {@code person} declines the pair meeting: their answer, as Google shows it to the organizer. */
    private void declines(JsonNode pairing, String person) throws InterruptedException {
        JsonNode event = eventOnGoogle(pairing);
        for (JsonNode attendee : event.get("attendees")) {
            if (attendee.get("email").asString().equalsIgnoreCase(person + "@demo.touchbase.test")) {
                ((ObjectNode) attendee).put("responseStatus", "declined");
            }
        }
        GoogleEmulator google = demo.service().emulator().orElseThrow();
        String token = google.issueTokens(DemoCalendars.ACCOUNT_EMAIL, Set.of(GoogleScopes.CALENDAR_EVENTS))
                .accessToken();
        HttpResponse<String> patched = demo.send(HttpRequest.newBuilder(URI.create(google.apiRoot()
                + "calendar/v3/calendars/primary/events/" + eventId(pairing))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"attendees\":" + event.get("attendees") + "}")));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }
}
