package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.account.AccountSettingsStore;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/** {@link AccountSettingsStore} on any database: nothing until saved, then every setting as saved. */
abstract class AccountSettingsContract extends StorageContract {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private AccountSettingsStore settings;

    @Override
    void createAdapters() {
        settings = new JdbiAccountSettings(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAnAccount() {
        givenAccount("acc-1");
    }

    @Test
    void findsNoSettingsForAnAccountThatNeverSavedAny() {
        assertThat(settings.find("acc-1")).isEmpty();
    }

    @Test
    void findsNoSettingsForAnUnknownAccount() {
        assertThat(settings.find("no-such-account")).isEmpty();
    }

    @Test
    void keepsEverySetting() {
        AccountSettings chosen = chosenSettings();

        settings.save("acc-1", chosen);

        assertThat(settings.find("acc-1")).contains(chosen);
    }

    @Test
    void keepsTheDefaultsOnceSaved() {
        AccountSettings defaults = AccountSettings.defaults(NEW_YORK);

        settings.save("acc-1", defaults);

        assertThat(settings.find("acc-1")).contains(defaults);
    }

    @Test
    void savingAgainReplacesTheWorkingHours() {
        settings.save("acc-1", chosenSettings());
        AccountSettings fewer = AccountSettings.defaults(ZoneId.of("Europe/Berlin"));

        settings.save("acc-1", fewer);

        assertThat(settings.find("acc-1")).contains(fewer);
    }

    @Test
    void savingForAnAccountThatDoesNotExistFails() {
        assertThatThrownBy(() -> settings.save("no-such-account", chosenSettings()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("no-such-account");
    }

    @Test
    void settingsSurviveReopeningTheDatabase() {
        settings.save("acc-1", chosenSettings());

        reopen();

        assertThat(settings.find("acc-1")).contains(chosenSettings());
    }

    /** Nothing like the defaults: split hours, a short Friday, preferences, 90 minutes' notice, no Meet. */
    private static AccountSettings chosenSettings() {
        WorkingHours hours = WorkingHours.weekdays(NEW_YORK, TimeWindow.of("08:00", "11:45"),
                        TimeWindow.of("13:15", "18:00"))
                .with(DayOfWeek.FRIDAY, TimeWindow.of("08:00", "12:00"));
        Preferences preferences = Preferences.of(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                TimeWindow.of("09:00", "10:30"), TimeWindow.of("14:00", "15:00"));
        return new AccountSettings(hours, preferences, 0, Duration.ofMinutes(90), 2, 5,
                Cadence.quarterly(), Duration.ofMinutes(45), false);
    }
}
