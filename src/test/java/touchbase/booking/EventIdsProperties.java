package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class EventIdsProperties {

    @Property
    boolean everySeriesIdIsAnIdGoogleAccepts(@ForAll long high, @ForAll long low, @ForAll @IntRange(min = 0, max = 10_000) int generation) {
        return EventIds.isValid(EventIds.forSeries(new UUID(high, low), generation));
    }

    @Property
    void differentSeriesNeverShareAnId(@ForAll long high, @ForAll long low, @ForAll long otherLow,
            @ForAll @IntRange(min = 0, max = 99) int generation) {
        if (low == otherLow) {
            return;
        }
        assertThat(EventIds.forSeries(new UUID(high, low), generation))
                .isNotEqualTo(EventIds.forSeries(new UUID(high, otherLow), generation));
    }
}
