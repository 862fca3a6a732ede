package touchbase.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GoogleScopesTest {

    @Test
    void everythingGrantedAsGoogleListsItMeansNothingMissing() {
        Set<String> granted = Set.of("openid", GoogleScopes.EMAIL_LONG_FORM, GoogleScopes.CALENDAR_EVENTS,
                GoogleScopes.CALENDAR_FREEBUSY);

        assertThat(GoogleScopes.missingFrom(granted)).isEmpty();
    }

    @Test
    void anUntickedFreeBusyScopeIsNamed() {
        Set<String> granted = Set.of("openid", "email", GoogleScopes.CALENDAR_EVENTS);

        assertThat(GoogleScopes.missingFrom(granted)).extracting(GoogleScopes.Permission::name)
                .containsExactly("calendar.freebusy");
    }

    @Test
    void fullCalendarAccessCoversBothCalendarScopes() {
        assertThat(GoogleScopes.missingFrom(Set.of("email", GoogleScopes.CALENDAR))).isEmpty();
    }
}
