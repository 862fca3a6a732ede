package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

/**
 * The recurring slot of a group: in every member's hours when some slot is, else one the quorum can
 * come to at its regular time, so the placer keeps it rather than moving every occurrence.
 */
class GroupPlanning_QuorumFallbackTest {

    private final Colleague tom = member("tom", "Atlantic/South_Georgia");
    private final Colleague lena = member("lena", "Europe/Berlin");
    private final Colleague chloe = member("chloe", "Europe/Paris");
    private final Colleague priya = member("priya", "Asia/Kolkata");
    private final Colleague party = Colleague.of("g1", "tom@example.com", "Coffee four", ZoneId.of("Europe/London"),
            Cadence.weekly());

    private static Colleague member(String name, String zone) {
        return Colleague.of(name, name + "@example.com", name, ZoneId.of(zone), Cadence.weekly());
    }

    /** The demo's group of four as inferred on 3 Dec 2026 16:28 UTC, with the account's and Chloé's lunch. */
    private PlanningScenario demoAfternoon() {
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/London").at("2026-12-03T16:28")
                .accountBusyDaily("12:00", "12:45");
        for (int day = 0; day < 200; day++) {
            String date = java.time.LocalDate.of(2026, 12, 3).plusDays(day).toString();
            scenario.busy(chloe, date + "T11:00", date + "T11:45");
        }
        return scenario;
    }

    private Proposal.Placed plan(PlanningScenario scenario, List<Colleague> members, int quorum) {
        Proposal proposal = new SlotPlanner(scenario.clock()).planGroup(scenario.request(List.of()), party, members,
                quorum, scenario.freeBusy(members));
        assertThat(proposal.isPlaced()).as(proposal.reason()).isTrue();
        return (Proposal.Placed) proposal;
    }

    @Test
    void whenNoSlotSuitsEveryoneTheRegularTimeIsOneTheQuorumCanComeTo() {
        // Tom (UTC-2) and Priya (UTC+5:30) share only 11:00-11:30 UTC, when Chloé is at lunch
        Proposal.Placed placed = plan(demoAfternoon(), List.of(tom, lena, chloe, priya), 3);

        assertThat(placed.occurrences()).as(placed.reason())
                .allMatch(o -> o.status() == OccurrenceStatus.FREE && o.start().equals(o.regularStart()));
        assertThat(placed.occurrences()).allMatch(o -> o.note().contains("enough members can come"));
    }

    @Test
    void aSlotInEveryMembersHoursWinsOverOneOnlyTheQuorumSuits() {
        Colleague tomInLondon = member("tom", "Europe/London");

        Proposal.Placed placed = plan(demoAfternoon(), List.of(tomInLondon, lena, chloe, priya), 3);

        assertThat(placed.count(OccurrenceStatus.FREE)).as(placed.reason()).isEqualTo(placed.occurrences().size());
        for (Colleague member : List.of(tomInLondon, lena, chloe, priya)) {
            assertThat(placed.occurrences()).as(member.displayName())
                    .allMatch(o -> member.hours().contains(o.interval().start(), o.interval().end()));
        }
    }
}
