package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    private static final UUID SERIES = UUID.fromString("6f1c1b8e-5a43-4c52-9d1e-2f4a5b6c7d8e");

    @Test
    void seriesIdIsItsUuidInLowerCaseBase32HexFollowedByTheGeneration() {
        assertThat(EventIds.forSeries(UUID.fromString("00000000-0000-0000-0000-000000000000"), 0))
                .isEqualTo("00000000000000000000000000" + "0");
        assertThat(EventIds.forSeries(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"), 3))
                .isEqualTo("vvvvvvvvvvvvvvvvvvvvvvvvvs" + "3");
    }

    @Test
    void sameSeriesAndGenerationAlwaysGiveTheSameId() {
        assertThat(EventIds.forSeries(SERIES, 1)).isEqualTo(EventIds.forSeries(SERIES, 1));
    }

    @Test
    void rebookingAfterDeletionGetsANewId() {
        assertThat(EventIds.forSeries(SERIES, 1)).isNotEqualTo(EventIds.forSeries(SERIES, 0));
    }

    @Test
    void rejectsNegativeGeneration() {
        assertThatThrownBy(() -> EventIds.forSeries(SERIES, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generation");
    }

    @Test
    void googlesRulesForIdsAreChecked() {
        assertThat(EventIds.isValid("abcd")).isFalse();
        assertThat(EventIds.isValid("abcdw")).isFalse();
        assertThat(EventIds.isValid("ABCDE")).isFalse();
        assertThat(EventIds.isValid("abcde")).isTrue();
    }
}
