package touchbase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void touchingIntervalsDoNotOverlap() {
        Interval first = Interval.of(NINE, Duration.ofMinutes(30));
        Interval next = Interval.of(NINE.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30));

        assertThat(first.overlaps(next)).isFalse();
    }

    @Test
    void widenedByBuffersOverlapsTheNeighbour() {
        Interval first = Interval.of(NINE, Duration.ofMinutes(30));
        Interval next = Interval.of(NINE.plus(Duration.ofMinutes(35)), Duration.ofMinutes(30));

        assertThat(first.widen(Duration.ZERO, Duration.ofMinutes(10)).overlaps(next)).isTrue();
    }

    @Test
    void rejectsAnEndBeforeTheStartNamingBoth() {
        assertThatThrownBy(() -> new Interval(NINE, NINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end must be after start");
    }
}
