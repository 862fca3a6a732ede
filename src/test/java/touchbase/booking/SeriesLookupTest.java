package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import touchbase.domain.NotFound;
import touchbase.domain.TouchBase;
import touchbase.fakes.BookingWorld;

/** Reading series: an account sees its own with their changes, and no other account's. */
class SeriesLookupTest {

    private final BookingWorld world = new BookingWorld();
    private final SeriesLookup lookup = new SeriesLookup(world.touchBases);

    @Test
    void showsTheAccountsSeriesWithItsChanges() {
        TouchBase series = world.book(world.colleague("Ana"));

        SeriesLookup.SeriesDetail detail = lookup.one(BookingWorld.ACCOUNT, series.id());

        assertThat(detail.series()).isEqualTo(series);
        assertThat(detail.changes()).isEqualTo(world.touchBases.changes(BookingWorld.ACCOUNT, series.id()));
        assertThat(lookup.all(BookingWorld.ACCOUNT)).containsExactly(detail);
    }

    @Test
    void anotherAccountsSeriesIsNotFound() {
        TouchBase series = world.book(world.colleague("Ana"));

        assertThatThrownBy(() -> lookup.one("someone-else", series.id())).isInstanceOf(NotFound.class);
        assertThat(lookup.all("someone-else")).isEmpty();
    }
}
