package touchbase.upkeep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.Conflict;
import touchbase.domain.OccurrenceChange;
import touchbase.fakes.BookingWorld;

/** "We just met" skips the next touch-base of the colleague's series, through the skip use case. */
class JustMetTest {

    private final BookingWorld world = new BookingWorld();
    private final JustMet justMet = new JustMet(world.relationships, world.seriesChanges);
    private final Colleague ana = world.colleague("Ana");

    @Test
    void skipsTheNextTouchBaseSoTheOneAfterIsNext() {
        world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();

        OccurrenceChange skipped = justMet.skipNext(BookingWorld.ACCOUNT, ana.id());

        assertThat(skipped.kind()).isEqualTo(OccurrenceChange.Kind.SKIPPED);
        assertThat(skipped.originalStart()).isEqualTo(BookingWorld.at("2026-02-03T10:00"));
        assertThat(world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id()).next())
                .contains(BookingWorld.at("2026-02-10T10:00"));
    }

    @Test
    void aColleagueWithoutABookedSeriesHasNothingToSkip() {
        assertThatThrownBy(() -> justMet.skipNext(BookingWorld.ACCOUNT, ana.id())).isInstanceOf(Conflict.class);
    }
}
