package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

/** Invariants of a group's plan over random calendars: every held occurrence suits the group. */
class GroupPlanningProperties {

    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "Europe/Helsinki",
            "Africa/Lagos", "Europe/Lisbon");

    /** One random group: members in nearby zones, busy blocks on anyone's calendar, a quorum. */
    record Case(List<Colleague> members, Map<String, List<Interval>> busy, int quorum, Cadence cadence) {

        PlanningScenario scenario() {
            PlanningScenario scenario = PlanningScenario.givenAccountIn("Europe/Berlin");
            return scenario;
        }

        Map<String, FreeBusy> freeBusy() {
            Map<String, FreeBusy> answer = new HashMap<>();
            answer.put(PlanningScenario.ME, FreeBusy.known(PlanningScenario.ME, busy.getOrDefault(PlanningScenario.ME, List.of())));
            members.forEach(m -> answer.put(m.email(), FreeBusy.known(m.email(), busy.getOrDefault(m.email(), List.of()))));
            return answer;
        }

        Proposal plan() {
            PlanningScenario scenario = scenario();
            Colleague party = Colleague.of("group-1", members.get(0).email(), "Coffee", ZoneId.of("Europe/Berlin"),
                    cadence);
            return new SlotPlanner(scenario.clock()).planGroup(scenario.request(List.of()), party, members, quorum,
                    freeBusy());
        }
    }

    @Property(tries = 60)
    void everyHeldOccurrenceSuitsTheQuorumAndAFreeOneSuitsEveryone(@ForAll("groups") Case given) {
        Proposal proposal = given.plan();
        if (!(proposal instanceof Proposal.Placed placed)) {
            return;
        }
        PlanningRules rules = PlanningRules.defaults();
        for (ProposedOccurrence occurrence : placed.occurrences()) {
            if (!occurrence.isHeld()) {
                continue;
            }
            Interval guarded = occurrence.interval().widen(rules.bufferBefore(), rules.bufferAfter());
            assertThat(given.busy().getOrDefault(PlanningScenario.ME, List.of())).noneMatch(guarded::overlaps);
            long canCome = given.members().stream().filter(member -> canCome(given, member, occurrence, guarded)).count();
            assertThat(canCome).as(occurrence.toString()).isGreaterThanOrEqualTo(given.quorum());
            if (occurrence.note().isEmpty() || occurrence.status() == OccurrenceStatus.MOVED) {
                assertThat(canCome).as(occurrence.toString()).isEqualTo(given.members().size());
            }
        }
    }

    @Property(tries = 40)
    void withAQuorumOfEveryoneEveryHeldOccurrenceSuitsAll(@ForAll("groups") Case given) {
        Case everyone = new Case(given.members(), given.busy(), given.members().size(), given.cadence());
        if (everyone.plan() instanceof Proposal.Placed placed) {
            PlanningRules rules = PlanningRules.defaults();
            for (ProposedOccurrence occurrence : placed.occurrences()) {
                if (occurrence.isHeld()) {
                    Interval guarded = occurrence.interval().widen(rules.bufferBefore(), rules.bufferAfter());
                    assertThat(everyone.members()).allMatch(member -> canCome(everyone, member, occurrence, guarded));
                }
            }
        }
    }

    private static boolean canCome(Case given, Colleague member, ProposedOccurrence occurrence, Interval guarded) {
        Interval when = occurrence.interval();
        return member.hours().contains(when.start(), when.end())
                && given.busy().getOrDefault(member.email(), List.of()).stream().noneMatch(guarded::overlaps);
    }

    @Provide
    Arbitrary<Case> groups() {
        Arbitrary<List<String>> zones = Arbitraries.of(ZONES).list().ofMinSize(2).ofMaxSize(8);
        Arbitrary<List<long[]>> blocks = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.longs().between(0, 26L * 7 * 24 * 4), Arbitraries.integers().between(1, 16))
                .as((owner, quarter, length) -> new long[] {owner, quarter, length}).list().ofMaxSize(400);
        Arbitrary<Cadence.Kind> kinds = Arbitraries.of(Cadence.Kind.class);
        return Combinators.combine(zones, blocks, kinds, Arbitraries.integers().between(1, 8))
                .as(GroupPlanningProperties::build);
    }

    private static Case build(List<String> zones, List<long[]> blocks, Cadence.Kind kind, int quorum) {
        List<Colleague> members = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            members.add(Colleague.of("c" + i, "m" + i + "@example.com", "Member " + i, ZoneId.of(zones.get(i)),
                    Cadence.of(kind)));
        }
        Instant base = PlanningScenario.givenAccountIn("Europe/Berlin").clock().instant();
        Map<String, List<Interval>> busy = new HashMap<>();
        for (long[] block : blocks) {
            String owner = block[0] == 0 || block[0] > members.size() ? PlanningScenario.ME
                    : members.get((int) block[0] - 1).email();
            Instant start = base.plusSeconds(block[1] * 900);
            busy.computeIfAbsent(owner, o -> new ArrayList<>()).add(new Interval(start, start.plusSeconds(block[2] * 900)));
        }
        return new Case(members, busy, Math.min(quorum, members.size()), Cadence.of(kind));
    }
}
