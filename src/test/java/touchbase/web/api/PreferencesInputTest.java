package touchbase.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.AccountSettings;
import touchbase.domain.TimeWindow;
import touchbase.web.JsonBody;

/** {@code PUT /api/me/preferences} changes only what it names: per field, and per weekday in working hours. */
class PreferencesInputTest {

    private static final AccountSettings CURRENT = AccountSettings.defaults(ZoneId.of("Europe/London"));

    @Test
    void onlyFridayInWorkingHoursKeepsMondayToThursday() {
        AccountSettings changed = read("{\"workingHours\": {\"FRIDAY\": [{\"start\": \"10:00\", \"end\": \"14:00\"}]}}");

        assertThat(changed.workingHours().days().get(DayOfWeek.FRIDAY))
                .containsExactly(new TimeWindow(LocalTime.of(10, 0), LocalTime.of(14, 0)));
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            assertThat(changed.workingHours().days().get(day)).isEqualTo(CURRENT.workingHours().days().get(day));
        }
    }

    @Test
    void anEmptyListForAWeekdayMeansNotWorkingThatDay() {
        AccountSettings changed = read("{\"workingHours\": {\"WEDNESDAY\": []}}");

        assertThat(changed.workingHours().days()).doesNotContainKey(DayOfWeek.WEDNESDAY)
                .containsKey(DayOfWeek.TUESDAY);
    }

    @Test
    void leftOutFieldsKeepTheirValue() {
        AccountSettings changed = read("{\"maxPerDay\": 2}");

        assertThat(changed.maxPerDay()).isEqualTo(2);
        assertThat(changed.maxPerWeek()).isEqualTo(CURRENT.maxPerWeek());
        assertThat(changed.workingHours()).isEqualTo(CURRENT.workingHours());
        assertThat(changed.defaultCadence()).isEqualTo(CURRENT.defaultCadence());
    }

    private static AccountSettings read(String json) {
        return PreferencesInput.read(JsonBody.parse(json), CURRENT);
    }
}
