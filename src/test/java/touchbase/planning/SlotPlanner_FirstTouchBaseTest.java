package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

/** A series starts on its first occurrence that can be held, and the proposal says when that is. */
class SlotPlanner_FirstTouchBaseTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");

    @Test
    void aQuarterlySeriesWhoseFirstOccurrenceCannotBeHeldStartsOnTheNextAndSaysSo() {
        Colleague ana = aColleague().named("Ana").meeting(Cadence.quarterly().on(2, DayOfWeek.TUESDAY)).build();
        scenario.busy(ana, "2026-02-02T00:00", "2026-05-01T00:00");

        Proposal.Placed placed = scenario.placed(ana);

        ProposedOccurrence skipped = placed.occurrences().get(0);
        assertThat(skipped.status()).isEqualTo(OccurrenceStatus.SKIPPED);
        assertThat(skipped.regularStart().toLocalDate()).isEqualTo(LocalDate.parse("2026-02-10"));
        assertThat(placed.firstStart().toLocalDate()).isEqualTo(LocalDate.parse("2026-05-12"));
        assertThat(placed.firstTouchBase()).isEqualTo(placed.firstStart());
        assertThat(placed.seriesOccurrences()).doesNotContain(skipped).first()
                .satisfies(first -> assertThat(first.isHeld()).isTrue());
        assertThat(placed.reason()).endsWith("; first touch-base " + Wording.dayAndTime(placed.firstTouchBase())
                + " (the occurrence before it cannot be held)");
    }

    @Test
    void aFirstOccurrenceThatMovesIsTheFirstTouchBaseAtItsNewTime() {
        Colleague ben = aColleague().named("Ben").meeting(Cadence.weekly().on(DayOfWeek.TUESDAY)).build();
        scenario.busy(ben, "2026-02-03T00:00", "2026-02-04T00:00");

        Proposal.Placed placed = scenario.placed(ben);

        assertThat(placed.firstStart().toLocalDate()).isEqualTo(LocalDate.parse("2026-02-03"));
        assertThat(placed.occurrences().get(0).status()).isEqualTo(OccurrenceStatus.MOVED);
        assertThat(placed.firstTouchBase()).isEqualTo(placed.occurrences().get(0).start());
        assertThat(placed.firstTouchBase().toLocalDate()).isNotEqualTo(LocalDate.parse("2026-02-03"));
        assertThat(placed.reason()).endsWith("; first touch-base " + Wording.dayAndTime(placed.firstTouchBase()));
    }

    @Test
    void anOrdinarySeriesSaysNothingMore() {
        Colleague ana = aColleague().named("Ana").build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstTouchBase()).isEqualTo(placed.firstStart());
        assertThat(placed.reason()).doesNotContain("first touch-base");
    }
}
