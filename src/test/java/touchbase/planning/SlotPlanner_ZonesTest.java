package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;
import static touchbase.planning.PlanningScenario.minutes;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

class SlotPlanner_ZonesTest {

    @Test
    void meetsAColleagueInIndiaOnTheHalfHourOfTheirDay() {
        PlanningScenario scenario = givenAccountIn("Europe/London").at("2026-02-02T08:00")
                .rules(r -> r.withBuffers(minutes(0), minutes(0)))
                .accountBusyDaily("09:00", "11:00");
        Colleague priya = aColleague().named("Priya").inZone("Asia/Kolkata").meeting(Cadence.weekly()).build();

        Proposal.Placed placed = scenario.placed(priya);

        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(placed.firstStart().withZoneSameInstant(ZoneId.of("Asia/Kolkata")).toLocalTime())
                .isEqualTo(LocalTime.of(16, 30));
        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE);
    }

    @Test
    void saysWhyWhenTokyoAndNewYorkNeverOverlapAndProposesAStretch() {
        PlanningScenario scenario = givenAccountIn("America/New_York");
        Colleague kenji = aColleague().named("Kenji").inZone("Asia/Tokyo").build();

        Proposal proposal = scenario.plan(kenji).proposals().get(0);

        assertThat(proposal).isInstanceOf(Proposal.Placed.class);
        assertThat(((Proposal.Placed) proposal).isStretch()).isTrue();
        assertThat(proposal.reason()).startsWith("no common working hours: Tokyo and New York overlap 0 minutes on weekdays"
                + "; proposed across zones (book only with your consent)");
    }

    @Test
    void saysWhyWhenNotEvenAStretchReachesBothWorkingDays() {
        ZoneId newYork = ZoneId.of("America/New_York");
        PlanningScenario scenario = givenAccountIn("America/New_York")
                .working(WorkingHours.weekdays(newYork, TimeWindow.of("09:00", "12:00")));
        Colleague wei = aColleague().named("Wei").inZone("Asia/Singapore")
                .working(WorkingHours.weekdays(ZoneId.of("Asia/Singapore"), TimeWindow.of("09:00", "12:00"))).build();

        Proposal proposal = scenario.plan(wei).proposals().get(0);

        assertThat(proposal).isInstanceOf(Proposal.CannotPlace.class);
        assertThat(proposal.reason()).isEqualTo("no common working hours: Singapore and New York overlap 0 minutes on "
                + "weekdays; no time within 3 hours of both working days is free either");
    }

    @Test
    void saysWhenTheOverlapIsShorterThanTheTouchBaseAndStretchesTheLeast() {
        PlanningScenario scenario = givenAccountIn("Europe/Berlin");
        Colleague lena = aColleague().named("Lena").inZone("Europe/Berlin")
                .working(WorkingHours.weekdays(ZoneId.of("Europe/Berlin"), TimeWindow.of("16:45", "18:00"))).build();

        Proposal proposal = scenario.plan(lena).proposals().get(0);

        assertThat(proposal.reason()).contains("overlap at most 15 minutes a day on weekdays")
                .contains("less than the 30-minute touch-base");
        Proposal.Stretch stretch = ((Proposal.Placed) proposal).stretch().orElseThrow();
        assertThat(stretch.minutesOutsideHours()).isEqualTo(15);
        assertThat(stretch.who()).containsExactly("Lena");
        assertThat(((Proposal.Placed) proposal).firstStart().toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void usesTheColleaguesOwnWorkingHoursInTheirZone() {
        PlanningScenario scenario = givenAccountIn("Europe/Berlin");
        Colleague early = aColleague().named("Sam").inZone("Europe/Lisbon")
                .working(WorkingHours.weekdays(ZoneId.of("Europe/Lisbon"), TimeWindow.of("13:00", "15:00"))).build();

        Proposal.Placed placed = scenario.placed(early);

        assertThat(placed.firstStart().withZoneSameInstant(ZoneId.of("Europe/Lisbon")).toLocalTime())
                .isEqualTo(LocalTime.of(13, 0));
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }
}
