package touchbase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;
import static touchbase.planning.PlanningScenario.givenAccountIn;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.TimeZoneSource;
import touchbase.planning.Plan;

class ProposalTableTest {

    @Test
    void rendersOneRowPerColleagueUnderAHeader() {
        Plan plan = givenAccountIn("America/New_York").plan(
                aColleague().named("Ana").inZone("America/New_York").build(),
                aColleague().named("Kenji").inZone("Asia/Tokyo").build(),
                aColleague().named("Zoe").inZone("America/New_York").paused().build()
                        .withZone(ZoneId.of("America/New_York"), TimeZoneSource.INFERRED));

        String[] lines = ProposalTable.render(plan).split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("Colleague").contains("First start", "RRULE", "Score", "Reason");
        assertThat(lines[1]).startsWith("Ana <ana@example.com>")
                .contains("Tue 2026-02-03 09:00 America/New_York", "FREQ=WEEKLY;BYDAY=TU", "100", "26/0/0/0");
        assertThat(lines[2]).startsWith("Kenji <kenji@example.com>")
                .contains("no common working hours: Tokyo and New York overlap 0 minutes on weekdays; proposed across zones");
        assertThat(lines[3]).startsWith("Zoe <zoe@example.com> (zone inferred, America/New_York)").endsWith("cannot place: paused: not planned until resumed");
    }
}
