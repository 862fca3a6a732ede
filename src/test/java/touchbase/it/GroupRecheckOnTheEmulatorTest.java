package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The recheck of a group's series on the emulator judges every member's free/busy against the quorum:
 * a group of four with a quorum of three keeps an occurrence one member cannot come to (flagged with
 * who), moves one two members cannot come to, and flags it when no time of its week suits three.
 */
class GroupRecheckOnTheEmulatorTest extends DemoPerTest {

    private static final String[] MEMBERS = {"tom.hughes", "lena.vogel", "chloe.dubois", "priya.raman"};

    @Test
    void aClashForTheThirdMemberLeavesTheOccurrenceWhereItIs() throws Exception {
        ZonedDateTime later = aLaterOccurrenceLeftAlone();
        meeting(MEMBERS[2], later.minusMinutes(15), later.plusMinutes(45));

        JsonNode item = onlyItemFor(recheck(), later);

        assertThat(item.get("action").asString()).isEqualTo("flagged");
        assertThat(item.get("detail").asString()).contains("chloe.dubois cannot come").contains("so it stays");
    }

    @Test
    void clashesForTwoMembersMoveTheOccurrenceWithinItsWeek() throws Exception {
        ZonedDateTime later = aLaterOccurrenceLeftAlone();
        meeting(MEMBERS[2], later.minusMinutes(15), later.plusMinutes(45));
        meeting(MEMBERS[3], later.minusMinutes(30), later.plusMinutes(15));

        JsonNode item = onlyItemFor(recheck(), later);

        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("moved");
        ZonedDateTime to = ZonedDateTime.parse(item.get("newStart").asString());
        assertThat(to.toInstant()).isNotEqualTo(later.toInstant());
        assertThat(weekOf(to)).isEqualTo(weekOf(later));
    }

    @Test
    void withNoTimeOfItsWeekFreeForTheQuorumTheOccurrenceIsFlagged() throws Exception {
        ZonedDateTime later = aLaterOccurrenceLeftAlone();
        ZonedDateTime monday = weekOf(later).atStartOfDay(later.getZone());
        meeting(MEMBERS[2], monday, monday.plusWeeks(1));
        meeting(MEMBERS[3], monday, monday.plusWeeks(1));

        JsonNode item = onlyItemFor(recheck(), later);

        assertThat(item.get("action").asString()).as(item.toString()).isEqualTo("flagged");
        assertThat(item.get("detail").asString()).contains("no free slot that week");
    }

    /**
     * Books a weekly group of the four members (in their demo zones) with a quorum of three; answers
     * the first occurrence after the first that the planner left at its regular time, whatever the
     * time of day the test runs.
     */
    private ZonedDateTime aLaterOccurrenceLeftAlone() throws InterruptedException {
        start();
        List<String> ids = colleaguesInTheirZones(MEMBERS);
        HttpResponse<String> created = demo.api("POST", "/api/groups", "{\"name\":\"Coffee four\",\"colleagueIds\":[\""
                + String.join("\",\"", ids) + "\"],\"cadence\":\"weekly\",\"quorum\":3}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> booked = demo.api("POST", "/api/touchbases", "{\"groupId\":\""
                + DemoSession.json(created).get("id").asString() + "\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode series = demo.waitUntil(DemoSession.json(booked).get("id").asString(), "booked");
        Set<Instant> changed = new HashSet<>();
        series.get("changes").forEach(change -> changed.add(
                OffsetDateTime.parse(change.get("originalStart").asString()).toInstant()));
        ZonedDateTime first = ZonedDateTime.parse(series.get("start").asString())
                .withZoneSameInstant(ZoneId.of(series.get("timeZone").asString()));
        return IntStream.range(1, 26).mapToObj(first::plusWeeks)
                .filter(occurrence -> !changed.contains(occurrence.toInstant())).findFirst()
                .orElseThrow(() -> new AssertionError("precondition: the planner left some occurrence after the first"
                        + " at its regular time, but it changed them all: " + series));
    }

    private JsonNode recheck() {
        HttpResponse<String> recheck = demo.api("POST", "/api/recheck", null);
        assertThat(recheck.statusCode()).as(recheck.body()).isEqualTo(200);
        return DemoSession.json(recheck);
    }

    private static JsonNode onlyItemFor(JsonNode report, ZonedDateTime occurrence) {
        List<JsonNode> items = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.hasNonNull("occurrence") && ZonedDateTime.parse(item.get("occurrence").asString()).toInstant()
                    .equals(occurrence.toInstant())) {
                items.add(item);
            }
        });
        assertThat(items).as(report.toString()).hasSize(1);
        return items.get(0);
    }

    private static java.time.LocalDate weekOf(ZonedDateTime at) {
        return at.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
