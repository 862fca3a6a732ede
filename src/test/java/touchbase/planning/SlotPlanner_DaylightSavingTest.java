package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;

class SlotPlanner_DaylightSavingTest {

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "America/New_York, 2026-03-02T08:00",
        "America/New_York, 2026-10-26T08:00",
        "Europe/Berlin, 2026-03-23T08:00",
        "Europe/Berlin, 2026-10-19T08:00",
        "Europe/London, 2026-03-23T08:00"})
    void weeklyTouchBaseKeepsItsWallClockTimeAcrossTheChange(String zone, String now) {
        PlanningScenario scenario = givenAccountIn(zone).at(now).rules(r -> r.withHorizon(Period.ofWeeks(4)));
        Colleague ana = aColleague().inZone(zone).meeting(Cadence.weekly()).build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.occurrences()).hasSize(4).allSatisfy(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(o.status()).isEqualTo(OccurrenceStatus.FREE);
        });
        assertThat(placed.occurrences().stream().map(o -> o.start().getOffset()).distinct()).hasSize(2);
    }

    @Test
    void staysInsideBothWorkingHoursWhileOnlyOneZoneHasChangedInSpring() {
        PlanningScenario scenario = givenAccountIn("America/New_York").at("2026-03-02T08:00")
                .rules(r -> r.withHorizon(Period.ofWeeks(6)))
                .preferring(Preferences.times(TimeWindow.of("11:00", "12:00")));
        Colleague berlin = aColleague().inZone("Europe/Berlin").meeting(Cadence.weekly()).build();

        Proposal.Placed placed = scenario.placed(berlin);

        assertThat(placed.occurrences()).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(OccurrenceStatus.FREE);
            assertThatInsideNineToFive(o.start(), "Europe/Berlin");
            assertThatInsideNineToFive(o.start(), "America/New_York");
        });
    }

    @Test
    void staysInsideBothWorkingHoursWhileOnlyOneZoneHasChangedInAutumn() {
        PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-10-19T08:00")
                .rules(r -> r.withHorizon(Period.ofWeeks(4)))
                .preferring(Preferences.times(TimeWindow.of("14:00", "14:30")));
        Colleague newYork = aColleague().inZone("America/New_York").meeting(Cadence.weekly()).build();

        Proposal.Placed placed = scenario.placed(newYork);

        assertThat(placed.occurrences()).hasSize(4).allSatisfy(o -> {
            assertThat(o.isHeld()).isTrue();
            assertThatInsideNineToFive(o.start(), "America/New_York");
            assertThatInsideNineToFive(o.start(), "Europe/Berlin");
        });
    }

    private static void assertThatInsideNineToFive(ZonedDateTime start, String zone) {
        LocalTime local = start.withZoneSameInstant(ZoneId.of(zone)).toLocalTime();
        assertThat(local).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 30));
    }
}
