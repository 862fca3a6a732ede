package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

class SlotPlanner_CadenceTest {

    private final PlanningScenario scenario = givenAccountIn("Europe/Berlin").at("2026-02-02T08:00");

    private static List<ZonedDateTime> starts(Proposal.Placed placed) {
        return placed.occurrences().stream().map(ProposedOccurrence::start).toList();
    }

    @Test
    void booksWeeklyTouchBaseInFirstMutualFreeSlot() {
        Colleague ana = aColleague().named("Ana").meeting(Cadence.weekly()).build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.firstStart()).isEqualTo(ZonedDateTime.parse("2026-02-03T09:00+01:00[Europe/Berlin]"));
        assertThat(placed.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
        assertThat(placed.occurrences()).hasSize(26).allMatch(o -> o.status() == OccurrenceStatus.FREE);
        assertThat(placed.score()).isEqualTo(100);
    }

    @Test
    void weeklyOccurrencesAreSevenDaysApart() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.weekly()).build());

        List<ZonedDateTime> starts = starts(placed);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(starts.get(i - 1), starts.get(i))).isEqualTo(7);
        }
    }

    @Test
    void everyTwoWeeksOccursFourteenDaysApart() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.everyTwoWeeks()).build());

        assertThat(placed.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
        List<ZonedDateTime> starts = starts(placed);
        assertThat(starts).hasSize(13);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(starts.get(i - 1), starts.get(i))).isEqualTo(14);
        }
    }

    @Test
    void monthlyLandsOnTheSameNthWeekdayEveryMonth() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.monthly()).build());

        assertThat(placed.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(starts(placed)).hasSize(6).allSatisfy(start -> {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(start.getDayOfMonth()).isLessThanOrEqualTo(7);
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    void monthlyOnTheLastFridayLandsOnTheLastFridayOfEachMonth() {
        Colleague ana = aColleague().meeting(Cadence.parseRRule("FREQ=MONTHLY;BYDAY=-1FR")).build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
        assertThat(starts(placed)).isNotEmpty().allSatisfy(start -> assertThat(start.toLocalDate())
                .isEqualTo(start.toLocalDate().with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY))));
    }

    @Test
    void everyTwoMonthsSkipsAMonthBetweenOccurrences() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.everyTwoMonths()).build());

        assertThat(placed.rrule()).startsWith("FREQ=MONTHLY;INTERVAL=2;BYDAY=");
        List<ZonedDateTime> starts = starts(placed);
        assertThat(starts).hasSize(3);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(ChronoUnit.MONTHS.between(starts.get(i - 1).withDayOfMonth(1), starts.get(i).withDayOfMonth(1)))
                    .isEqualTo(2);
        }
    }

    @Test
    void quarterlyOccursEveryThirdMonthOnTheSameNthWeekday() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.quarterly()).build());

        assertThat(placed.rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU");
        assertThat(starts(placed)).containsExactly(
                ZonedDateTime.parse("2026-02-03T09:00+01:00[Europe/Berlin]"),
                ZonedDateTime.parse("2026-05-05T09:00+02:00[Europe/Berlin]"));
    }

    @Test
    void theRuleAndFirstStartReproduceTheOccurrences() {
        Proposal.Placed placed = scenario.placed(aColleague().meeting(Cadence.everyTwoMonths()).build());
        Cadence rule = Cadence.parseRRule(placed.rrule());

        assertThat(starts(placed)).allSatisfy(start -> {
            assertThat(start.toLocalDate()).isEqualTo(start.toLocalDate().withDayOfMonth(1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(rule.nth(), rule.day().orElseThrow())));
            assertThat(start.toLocalTime()).isEqualTo(placed.firstStart().toLocalTime());
        });
    }
}
