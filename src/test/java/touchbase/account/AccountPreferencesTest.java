package touchbase.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.AccountSettings;
import touchbase.fakes.InMemoryAccountSettings;

/** Preferences read as the defaults in the account's zone until changed, then as saved. */
class AccountPreferencesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final InMemoryAccountSettings store = new InMemoryAccountSettings();
    private final AccountPreferences preferences = new AccountPreferences(new SettingsLookup(store, TOKYO), store);

    @Test
    void readsTheDefaultsInTheAccountsZoneUntilChanged() {
        assertThat(preferences.of("acc-1")).isEqualTo(AccountSettings.defaults(TOKYO));
        assertThat(store.find("acc-1")).isEmpty();
    }

    @Test
    void savesAChangeMadeToTheCurrentPreferences() {
        AccountSettings defaults = AccountSettings.defaults(TOKYO);
        AccountSettings longer = new AccountSettings(defaults.workingHours(), defaults.preferences(),
                defaults.bufferMinutes(), defaults.minimumNotice(), defaults.maxPerDay(), defaults.maxPerWeek(),
                defaults.defaultCadence(), defaults.defaultDuration().multipliedBy(2), defaults.addMeetLink());

        AccountSettings changed = preferences.change("acc-1", current -> longer);

        assertThat(changed).isEqualTo(longer);
        assertThat(preferences.of("acc-1")).isEqualTo(longer);
        assertThat(store.find("acc-1")).contains(longer);
    }
}
