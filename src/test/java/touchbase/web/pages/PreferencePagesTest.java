package touchbase.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.TimeWindow;

class PreferencePagesTest {

    private final List<TimeWindow> withLunch = List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00"));

    @Test
    void aDayWithABreakKeepsItWhileItsFirstAndLastTimesAreUnchanged() {
        assertThat(PreferencePages.keepBreaks(withLunch, LocalTime.of(9, 0), LocalTime.of(17, 0))).isEqualTo(withLunch);
    }

    @Test
    void changedTimesMakeOneWindow() {
        assertThat(PreferencePages.keepBreaks(withLunch, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .containsExactly(TimeWindow.of("08:00", "17:00"));
    }
}
