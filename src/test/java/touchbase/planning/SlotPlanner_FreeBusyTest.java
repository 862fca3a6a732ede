package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;
import static touchbase.planning.PlanningScenario.minutes;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

class SlotPlanner_FreeBusyTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00")
            .rules(r -> r.withBuffers(minutes(0), minutes(0)));
    private final Colleague ana = aColleague().named("Ana").meeting(Cadence.weekly()).build();
    private final Colleague tuesdays = aColleague().named("Tess").meeting(Cadence.weekly().on(DayOfWeek.TUESDAY)).build();

    @Test
    void avoidsTheColleaguesBusyTime() {
        for (int day = 3; day <= 6; day++) {
            scenario.busy(ana, "2026-02-0" + day + "T09:00", "2026-02-0" + day + "T12:00");
        }
        scenario.busy(ana, "2026-02-10T09:00", "2026-02-10T12:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE);
    }

    @Test
    void judgesTheWholeSeriesNotOnlyTheFirstOccurrence() {
        scenario.busy(ana, "2026-02-10T09:00", "2026-02-10T09:30")
                .busy(ana, "2026-02-17T09:00", "2026-02-17T09:30");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart()).isNotEqualTo(ZonedDateTime.parse("2026-02-03T09:00+01:00[Europe/Berlin]"));
        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.FREE);
    }

    @Test
    void movesOneClashingOccurrenceToTheNearestFreeSlotThatWeek() {
        scenario.accountBusy("2026-02-10T00:00", "2026-02-11T00:00");

        Proposal.Placed placed = scenario.placed(tuesdays);

        ProposedOccurrence second = placed.occurrences().get(1);
        assertThat(second.status()).isEqualTo(OccurrenceStatus.MOVED);
        assertThat(second.regularStart()).isEqualTo(ZonedDateTime.parse("2026-02-10T09:00+01:00[Europe/Berlin]"));
        assertThat(second.start()).isEqualTo(ZonedDateTime.parse("2026-02-09T16:30+01:00[Europe/Berlin]"));
        assertThat(second.note()).isEqualTo("clashes with your calendar; moved to Mon 9 Feb 16:30");
        assertThat(placed.count(OccurrenceStatus.FREE)).isEqualTo(placed.occurrences().size() - 1);
    }

    @Test
    void skipsAnOccurrenceWhenItsWholeWeekIsBusy() {
        scenario.accountBusy("2026-02-09T00:00", "2026-02-16T00:00");

        Proposal.Placed placed = scenario.placed(tuesdays);

        ProposedOccurrence second = placed.occurrences().get(1);
        assertThat(second.status()).isEqualTo(OccurrenceStatus.SKIPPED);
        assertThat(second.note()).isEqualTo("clashes with your calendar; no free slot that week");
        assertThat(placed.reason()).contains("1 skipped");
    }

    @Test
    void plansOnTheAccountsCalendarAloneWhenTheColleaguesIsUnknown() {
        scenario.unknown(ana, "notFound").accountBusyDaily("09:00", "10:00");

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.colleagueFreeBusyUnknown()).isTrue();
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(placed.occurrences()).allMatch(o -> o.status() == OccurrenceStatus.UNKNOWN);
        assertThat(placed.reason()).endsWith("Ana's free/busy is unknown (notFound), planned on your calendar alone");
        assertThat(placed.score()).isEqualTo(50);
    }

    @Test
    void saysWhyWhenNothingIsFree() {
        scenario.accountBusyDaily("00:00", "23:45");

        Proposal proposal = scenario.plan(ana).proposals().get(0);

        assertThat(proposal).isInstanceOf(Proposal.CannotPlace.class);
        assertThat(proposal.reason()).isEqualTo("no free slot: every time in common working hours over the next 26 weeks "
                + "clashes with a meeting (with 0/0 minutes buffer) or the caps (3 a day, 10 a week)");
    }

    @Test
    void aPausedColleagueIsNotPlanned() {
        Proposal proposal = scenario.plan(aColleague().named("Pat").paused().build()).proposals().get(0);

        assertThat(proposal.isPlaced()).isFalse();
        assertThat(proposal.reason()).startsWith("paused");
    }
}
