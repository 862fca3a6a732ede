package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;

/** Pairs who share no working hours get the slot that stretches their days least, split fairly. */
class SlotPlanner_StretchTest {

    private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** Four weeks of February: no daylight-saving change in New York yet. */
    private static PlanningScenario winterInNewYork() {
        return givenAccountIn("America/New_York").rules(r -> r.withHorizon(Period.ofWeeks(4)));
    }

    @Test
    void newYorkAndSingaporeEachStretchTheSame() {
        PlanningScenario scenario = winterInNewYork();
        Colleague wei = aColleague().named("Wei").inZone("Asia/Singapore").build();

        Proposal.Placed placed = scenario.placed(wei);

        Proposal.Stretch stretch = placed.stretch().orElseThrow();
        assertThat(stretch.minutesOutsideHours()).isEqualTo(210);
        assertThat(stretch.yours()).isEqualTo(105);
        assertThat(stretch.theirs()).isEqualTo(105);
        assertThat(stretch.who()).containsExactly("you", "Wei");
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(18, 15));
        assertThat(placed.firstStart().withZoneSameInstant(SINGAPORE).toLocalTime()).isEqualTo(LocalTime.of(7, 15));
        assertThat(stretch.words()).isEqualTo("you up to 105 minutes after your day ends (until 18:45 New York time), "
                + "Wei up to 105 minutes before their day starts (from 07:15 Singapore time)");
    }

    @Test
    void newYorkAndKolkataMeetInYourEarlyMorningAndTheirEvening() {
        PlanningScenario scenario = winterInNewYork();
        Colleague priya = aColleague().named("Priya").inZone("Asia/Kolkata").build();

        Proposal.Placed placed = scenario.placed(priya);

        Proposal.Stretch stretch = placed.stretch().orElseThrow();
        assertThat(stretch.minutesOutsideHours()).isEqualTo(180);
        assertThat(stretch.yours()).isEqualTo(90);
        assertThat(stretch.theirs()).isEqualTo(90);
        assertThat(placed.firstStart().toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(placed.firstStart().withZoneSameInstant(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(placed.reason()).contains("proposed across zones (book only with your consent), up to 180 minutes "
                + "outside working hours in all: you up to");
    }

    @Test
    void colleaguesWhoShareHoursGetNoStretch() {
        PlanningScenario scenario = givenAccountIn("Europe/London");
        Colleague ana = aColleague().named("Ana").inZone("America/New_York").build();

        Proposal.Placed placed = scenario.placed(ana);

        assertThat(placed.stretch()).isEmpty();
        assertThat(placed.isStretch()).isFalse();
    }

    @Test
    void aStretchedOccurrenceThatClashesIsSkippedNotMoved() {
        PlanningScenario scenario = winterInNewYork();
        for (int day = 9; day <= 15; day++) {
            scenario.accountBusy("2026-02-%02dT00:00".formatted(day), "2026-02-%02dT23:45".formatted(day));
        }
        Colleague wei = aColleague().named("Wei").inZone("Asia/Singapore").build();

        Proposal.Placed placed = scenario.placed(wei);

        assertThat(placed.isStretch()).isTrue();
        assertThat(placed.occurrences()).filteredOn(o -> o.status() == OccurrenceStatus.MOVED).isEmpty();
        assertThat(placed.occurrences()).filteredOn(o -> o.status() == OccurrenceStatus.SKIPPED)
                .extracting(ProposedOccurrence::note)
                .containsExactly("clashes with your calendar; a time across zones is not moved");
    }
}
