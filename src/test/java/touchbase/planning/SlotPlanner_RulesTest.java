package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;
import static touchbase.planning.PlanningScenario.minutes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

class SlotPlanner_RulesTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");
    private final Colleague ana = aColleague().named("Ana").meeting(Cadence.weekly()).build();
    private final Colleague ben = aColleague().named("Ben").meeting(Cadence.weekly()).build();
    private final Colleague tuesdays = aColleague().named("Tess").meeting(Cadence.weekly().on(DayOfWeek.TUESDAY)).build();

    @Test
    void keepsTheBufferAfterTheAccountsMeetings() {
        scenario.rules(r -> r.withBuffers(minutes(10), minutes(10))).accountBusyDaily("09:00", "10:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(10, 15));
    }

    @Test
    void keepsTheBufferBeforeTheNextMeeting() {
        scenario.rules(r -> r.withBuffers(minutes(0), minutes(15))).accountBusyDaily("09:40", "17:00");

        Proposal proposal = scenario.plan(ana).proposals().get(0);

        assertThat(proposal.isPlaced()).isFalse();
        assertThat(proposal.reason()).startsWith("no free slot");
    }

    @Test
    void withoutBuffersStartsRightAfterAMeeting() {
        scenario.rules(r -> r.withBuffers(Duration.ZERO, Duration.ZERO)).accountBusyDaily("09:00", "10:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void firstOccurrenceRespectsTheMinimumNotice() {
        scenario.rules(r -> r.withMinimumNotice(Duration.ofDays(3)));

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart()).isEqualTo(ZonedDateTime.parse("2026-02-05T09:00+01:00[Europe/Berlin]"));
    }

    @Test
    void aDayCapPushesTheSecondColleagueToAnotherDay() {
        scenario.rules(r -> r.withCaps(1, 10));

        Plan plan = scenario.plan(ana, ben);

        Proposal.Placed first = (Proposal.Placed) plan.forColleague(ana.id()).orElseThrow();
        Proposal.Placed second = (Proposal.Placed) plan.forColleague(ben.id()).orElseThrow();
        assertThat(first.firstStart().getDayOfWeek()).isNotEqualTo(second.firstStart().getDayOfWeek());
    }

    @Test
    void aBookedTouchBaseCountsAgainstTheDayCap() {
        scenario.rules(r -> r.withCaps(1, 10)).booked("2026-02-03T15:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE)
                .noneMatch(o -> o.start().toLocalDate().equals(LocalDate.parse("2026-02-03")));
    }

    @Test
    void anOccurrenceOnACappedDayMovesAndSaysWhy() {
        scenario.rules(r -> r.withCaps(1, 10)).booked("2026-02-03T15:00");

        Proposal.Placed placed = scenario.placed(tuesdays);

        ProposedOccurrence first = placed.occurrences().get(0);
        assertThat(first.status()).isEqualTo(OccurrenceStatus.MOVED);
        assertThat(first.start().toLocalDate()).isNotEqualTo(LocalDate.parse("2026-02-03"));
        assertThat(first.note()).startsWith("already 1 touch-base that day (the cap); moved to");
    }

    @Test
    void aFullWeekSkipsThatWeeksOccurrenceAndSaysSo() {
        scenario.rules(r -> r.withCaps(3, 2)).booked("2026-02-03T15:00").booked("2026-02-04T15:00");

        Proposal.Placed placed = scenario.placed(tuesdays);

        ProposedOccurrence first = placed.occurrences().get(0);
        assertThat(first.status()).isEqualTo(OccurrenceStatus.SKIPPED);
        assertThat(first.note()).isEqualTo("already 2 touch-bases that week (the cap); no free slot that week");
        assertThat(placed.occurrences().subList(1, placed.occurrences().size()))
                .allMatch(o -> o.status() == OccurrenceStatus.FREE);
    }

    @Test
    void theWeekCapHoldsAcrossColleagues() {
        scenario.rules(r -> r.withCaps(5, 1));

        Plan plan = scenario.plan(ana, ben);

        Proposal.Placed first = (Proposal.Placed) plan.proposals().get(0);
        assertThat(first.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE);
        assertThat(plan.proposals().get(1).isPlaced()).isFalse();
        assertThat(plan.proposals().get(1).reason()).contains("the caps (5 a day, 1 a week)");
    }

    @Test
    void pinnedCadenceStaysOnItsDay() {
        Colleague fridays = aColleague().named("Fay").meeting(Cadence.everyTwoWeeks().on(DayOfWeek.FRIDAY)).build();

        Proposal.Placed placed = scenario.placed(fridays);

        assertThat(placed.occurrences()).allMatch(o -> o.start().getDayOfWeek() == DayOfWeek.FRIDAY);
    }

    @Test
    void saysWhenAPinnedDayIsNotAWorkingDay() {
        Colleague saturdays = aColleague().named("Sat").meeting(Cadence.weekly().on(DayOfWeek.SATURDAY)).build();

        Proposal proposal = scenario.plan(saturdays).proposals().get(0);

        assertThat(proposal.reason())
                .isEqualTo("the cadence is fixed to weekly on Saturday, which is not one of your working days");
    }

    @Test
    void saysWhenTheHorizonHoldsNoOccurrence() {
        scenario.rules(r -> r.withHorizon(java.time.Period.ofWeeks(1)).withMinimumNotice(Duration.ofDays(8)));

        Proposal proposal = scenario.plan(ana).proposals().get(0);

        assertThat(proposal.reason()).isEqualTo("no weekly occurrence falls between the minimum notice (8 days) "
                + "and the end of the horizon (1 week)");
    }
}
