package touchbase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static boolean worksAt(WorkingHours hours, String localStart, int minutes) {
        var start = LocalDateTime.parse(localStart).atZone(hours.zone()).toInstant();
        return hours.contains(start, start.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void standardHoursAreWeekdaysNineToFive() {
        WorkingHours hours = WorkingHours.standard(BERLIN);

        assertThat(worksAt(hours, "2026-03-03T09:00", 30)).isTrue();
        assertThat(worksAt(hours, "2026-03-03T16:30", 30)).isTrue();
        assertThat(worksAt(hours, "2026-03-03T16:45", 30)).isFalse();
        assertThat(worksAt(hours, "2026-03-07T10:00", 30)).isFalse();
    }

    @Test
    void keepsWallClockHoursAcrossTheSpringChange() {
        WorkingHours hours = WorkingHours.standard(BERLIN);

        assertThat(worksAt(hours, "2026-03-27T09:00", 30)).isTrue();
        assertThat(worksAt(hours, "2026-03-30T09:00", 30)).isTrue();
        assertThat(worksAt(hours, "2026-03-30T08:30", 30)).isFalse();
    }

    @Test
    void aMeetingMustFitInOneWindow() {
        WorkingHours split = WorkingHours.weekdays(BERLIN, TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00"));

        assertThat(worksAt(split, "2026-03-03T11:30", 30)).isTrue();
        assertThat(worksAt(split, "2026-03-03T11:45", 30)).isFalse();
    }

    @Test
    void aDayCanBeTakenOff() {
        WorkingHours noFridays = WorkingHours.standard(BERLIN).with(DayOfWeek.FRIDAY);

        assertThat(worksAt(noFridays, "2026-03-06T10:00", 30)).isFalse();
        assertThat(noFridays.workingDays()).doesNotContain(DayOfWeek.FRIDAY);
    }
}
