package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;

class SlotPlanner_PreferencesAndLoadTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");

    @Test
    void honoursTheColleaguesPreferredDayAndTimeInTheirZone() {
        Colleague ana = aColleague().named("Ana").inZone("Europe/London")
                .preferring(Preferences.of(Set.of(DayOfWeek.THURSDAY), TimeWindow.of("14:00", "15:00"))).build();

        Proposal.Placed placed = scenario.placed(ana);

        var inLondon = placed.firstStart().withZoneSameInstant(ZoneId.of("Europe/London"));
        assertThat(inLondon.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(inLondon.toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void theColleaguesPreferenceComesBeforeTheAccounts() {
        scenario.preferring(Preferences.of(Set.of(DayOfWeek.MONDAY)));
        Colleague ana = aColleague().named("Ana").preferring(Preferences.of(Set.of(DayOfWeek.WEDNESDAY))).build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void theAccountsPreferenceDecidesWhenTheColleagueHasNone() {
        scenario.preferring(Preferences.of(Set.of(DayOfWeek.FRIDAY), TimeWindow.of("11:00", "12:00")));

        Proposal.Placed placed = scenario.placed(aColleague().build());

        assertThat(placed.firstStart().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void avoidingClashesComesBeforePreferences() {
        Colleague ana = aColleague().named("Ana").preferring(Preferences.of(Set.of(DayOfWeek.WEDNESDAY))).build();
        scenario.busy(ana, "2026-02-18T00:00", "2026-02-19T00:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart().getDayOfWeek()).isNotEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE);
    }

    @Test
    void twoMonthlyTouchBasesLandInDifferentWeeks() {
        Colleague ana = aColleague().named("Ana").meeting(Cadence.monthly()).build();
        Colleague ben = aColleague().named("Ben").meeting(Cadence.monthly()).build();

        Plan plan = scenario.plan(ana, ben);

        Set<Integer> anaWeeks = weeks((Proposal.Placed) plan.forColleague(ana.id()).orElseThrow());
        Set<Integer> benWeeks = weeks((Proposal.Placed) plan.forColleague(ben.id()).orElseThrow());
        assertThat(anaWeeks).doesNotContainAnyElementsOf(benWeeks);
    }

    @Test
    void weeklyTouchBasesSpreadOverTheDays() {
        List<Colleague> five = List.of("Ana", "Ben", "Cai", "Dee", "Eli").stream()
                .map(name -> aColleague().named(name).build()).toList();

        Plan plan = scenario.plan(five.toArray(Colleague[]::new));

        assertThat(plan.proposals().stream()
                .map(p -> ((Proposal.Placed) p).firstStart().getDayOfWeek()).collect(Collectors.toSet()))
                .hasSize(5);
    }

    @Test
    void theHigherPriorityColleagueGetsTheEarliestSlot() {
        Colleague zoe = aColleague().named("Zoe").withPriority(5).build();
        Colleague abe = aColleague().named("Abe").build();

        Plan plan = scenario.plan(abe, zoe);

        assertThat(plan.proposals().get(0).colleague()).isEqualTo(zoe);
        assertThat(((Proposal.Placed) plan.proposals().get(0)).firstStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void theOrderColleaguesWereAddedDoesNotChangeThePlan() {
        Colleague ana = aColleague().named("Ana").meeting(Cadence.monthly()).build();
        Colleague ben = aColleague().named("Ben").meeting(Cadence.weekly()).build();
        Colleague cai = aColleague().named("Cai").inZone("Asia/Kolkata").meeting(Cadence.everyTwoWeeks()).build();

        assertThat(scenario.plan(cai, ana, ben)).isEqualTo(scenario.plan(ana, ben, cai));
    }

    private static Set<Integer> weeks(Proposal.Placed placed) {
        return placed.occurrences().stream()
                .map(o -> o.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).collect(Collectors.toSet());
    }
}
