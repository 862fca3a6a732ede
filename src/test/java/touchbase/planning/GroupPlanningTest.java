package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;

/** One recurring slot for the account and a whole group, judged against everyone. */
class GroupPlanningTest {

    private final Colleague ana = Colleague.of("ana", "ana@example.com", "Ana", ZoneId.of("Europe/Berlin"), Cadence.weekly());
    private final Colleague ben = Colleague.of("ben", "ben@example.com", "Ben", ZoneId.of("Europe/London"), Cadence.weekly());
    private final Colleague cleo = Colleague.of("cleo", "cleo@example.com", "Cleo", ZoneId.of("Europe/Helsinki"), Cadence.weekly());
    private final Colleague party = Colleague.of("g1", "ana@example.com", "Coffee", ZoneId.of("Europe/Berlin"), Cadence.weekly());

    private Proposal plan(PlanningScenario scenario, int quorum) {
        List<Colleague> members = List.of(ana, ben, cleo);
        return new SlotPlanner(scenario.clock()).planGroup(scenario.request(List.of()), party, members, quorum,
                scenario.freeBusy(members));
    }

    @Test
    void placesOneWeeklySlotWithinEveryMembersHoursInTheirOwnZones() {
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");

        Proposal.Placed placed = (Proposal.Placed) plan(scenario, 3);

        assertThat(placed.colleague().id()).isEqualTo("g1");
        assertThat(placed.count(OccurrenceStatus.FREE)).isEqualTo(placed.occurrences().size());
        for (Colleague member : List.of(ana, ben, cleo)) {
            assertThat(placed.occurrences()).allMatch(o -> member.hours().contains(o.interval().start(), o.interval().end()));
        }
    }

    @Test
    void noOccurrenceIsHeldWhenOneMemberIsBusyWhileEveryoneMustCome() {
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");
        Proposal.Placed free = (Proposal.Placed) plan(scenario, 3);
        ProposedOccurrence second = free.occurrences().get(1);
        scenario.busy(cleo, second.start().toLocalDateTime().toString(),
                second.start().plusMinutes(30).toLocalDateTime().toString());

        Proposal.Placed placed = (Proposal.Placed) plan(scenario, 3);

        assertThat(placed.occurrences()).filteredOn(ProposedOccurrence::isHeld)
                .noneMatch(o -> o.interval().overlaps(second.interval()));
        assertThat(placed.count(OccurrenceStatus.SKIPPED)).isZero();
    }

    @Test
    void aClashForOneMemberKeepsTheOccurrenceWhenTheQuorumCanStillCome() {
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");
        Proposal.Placed free = (Proposal.Placed) plan(scenario, 2);
        ProposedOccurrence second = free.occurrences().get(1);
        // Cleo is away the whole week of the second occurrence: no time that week suits everyone
        var monday = second.regularStart().toLocalDate().with(java.time.DayOfWeek.MONDAY);
        scenario.busy(cleo, monday.atStartOfDay().toString(), monday.plusDays(7).atStartOfDay().toString());

        Proposal.Placed withTwo = (Proposal.Placed) plan(scenario, 2);
        Proposal withThree = plan(scenario, 3);

        ProposedOccurrence kept = withTwo.occurrences().stream()
                .filter(o -> o.regularStart().equals(second.regularStart())).findFirst().orElseThrow();
        assertThat(kept.status()).isEqualTo(OccurrenceStatus.FREE);
        assertThat(kept.start()).isEqualTo(second.regularStart());
        assertThat(kept.note()).contains("enough members can come");
        assertThat(((Proposal.Placed) withThree).occurrences().stream()
                .filter(o -> o.regularStart().equals(second.regularStart())).findFirst().orElseThrow().status())
                .isEqualTo(OccurrenceStatus.SKIPPED);
    }

    @Test
    void saysWhyWhenTheMembersShareNoWorkingHours() {
        Colleague tokyo = Colleague.of("t", "t@example.com", "Tae", ZoneId.of("Asia/Tokyo"), Cadence.weekly());
        Colleague la = Colleague.of("l", "l@example.com", "Lou", ZoneId.of("America/Los_Angeles"), Cadence.weekly());
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin");

        Proposal proposal = new SlotPlanner(scenario.clock()).planGroup(scenario.request(List.of()), party,
                List.of(tokyo, la), 2, scenario.freeBusy(List.of(tokyo, la)));

        assertThat(proposal.isPlaced()).isFalse();
        assertThat(proposal.reason()).contains("every member of Coffee");
    }

    @Test
    void unknownFreeBusyOfAMemberIsSaid() {
        PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin").unknown(ben, "notFound");
        List<Colleague> members = List.of(ana, ben);
        Map<String, FreeBusy> freeBusy = scenario.freeBusy(members);

        Proposal.Placed placed = (Proposal.Placed) new SlotPlanner(scenario.clock())
                .planGroup(scenario.request(List.of()), party, members, 1, freeBusy);

        assertThat(placed.colleagueFreeBusyUnknown()).isTrue();
        assertThat(placed.occurrences().get(0).note()).contains("Ben's free/busy is unknown");
    }
}
