package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

class PlanningServiceTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");
    private final Colleague ana = aColleague().named("Ana").build();
    private final Colleague pat = aColleague().named("Pat").paused().build();
    private final Set<String> asked = new HashSet<>();
    private Interval askedPeriod;

    private final BusyTimes calendars = (ids, period) -> {
        asked.addAll(ids);
        askedPeriod = period;
        return Map.of(ana.email(), FreeBusy.known(ana.email(), List.of(
                new Interval(scenario.instant("2026-02-03T09:00"), scenario.instant("2026-02-03T10:00")))));
    };

    @Test
    void asksForTheAccountAndActiveColleaguesOverTheHorizonWithBuffers() {
        new PlanningService(calendars, scenario.clock()).plan(scenario.request(List.of(ana, pat)));

        assertThat(asked).containsExactlyInAnyOrder(PlanningScenario.ME, ana.email());
        assertThat(askedPeriod.start()).isEqualTo(Instant.parse("2026-02-03T06:55:00Z"));
        assertThat(askedPeriod.end()).isEqualTo(Instant.parse("2026-08-03T06:05:00Z"));
    }

    @Test
    void plansWithTheFetchedFreeBusyAndTreatsAMissingCalendarAsUnknown() {
        Plan plan = new PlanningService(calendars, scenario.clock()).plan(scenario.request(List.of(ana)));

        Proposal.Placed placed = (Proposal.Placed) plan.proposals().get(0);
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(10, 15));
        assertThat(placed.colleagueFreeBusyUnknown()).isFalse();
        assertThat(placed.reason()).contains("your free/busy is unknown (no free/busy answer for me@example.com)");
    }
}
