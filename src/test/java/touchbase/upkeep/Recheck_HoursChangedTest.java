package touchbase.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;
import touchbase.fakes.BookingWorld;

/** A colleague's new zone re-plans their upcoming occurrences that now fall outside their working hours. */
class Recheck_HoursChangedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @Test
    void occurrencesOutsideTheNewZonesHoursMoveInsideBothPeoplesHoursAndSaySo() {
        TouchBase series = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.colleagues.save(BookingWorld.ACCOUNT, ana.withZone(NEW_YORK));

        RecheckReport report = world.recheck.afterHoursChanged(BookingWorld.ACCOUNT, ana.id());

        assertThat(report.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.seriesId()).isEqualTo(series.id());
            assertThat(item.action()).isEqualTo(RecheckReport.Action.MOVED);
            assertThat(item.reason()).startsWith("now outside Ana's working hours");
            LocalTime theirs = item.newStart().orElseThrow().withZoneSameInstant(NEW_YORK).toLocalTime();
            assertThat(theirs).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 30));
        });
    }

    @Test
    void anOrdinaryRecheckLeavesATimeOutsideTheColleaguesHoursAlone() {
        world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.colleagues.save(BookingWorld.ACCOUNT, ana.withZone(NEW_YORK));

        assertThat(world.recheck.recheck(BookingWorld.ACCOUNT).items())
                .as("a time agreed outside working hours (a stretch) is not moved by the periodic recheck").isEmpty();
    }
}
