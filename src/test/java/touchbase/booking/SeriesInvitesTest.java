package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

/** The invite's title names both people, not their addresses, and stays short. */
class SeriesInvitesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theTitleNamesYouAndTheColleagueWithoutAddresses() {
        Colleague ana = Colleague.of("c-1", "ana.souza@example.com", "Ana Souza", LONDON, Cadence.weekly());

        assertThat(SeriesInvites.title("owner@example.com", ana)).isEqualTo("Touch-base: owner / Ana Souza");
    }

    @Test
    void aLongNameIsCutSoTheTitleFitsAPhone() {
        Colleague longNamed = Colleague.of("c-2", "x@example.com", "Maximiliana Alexandra Konstantinopoulou-Schmidt",
                LONDON, Cadence.weekly());

        String title = SeriesInvites.title("alex.morgan@example.com", longNamed);

        assertThat(title).startsWith("Touch-base: alex.morgan / Maximiliana").endsWith("…").doesNotContain("@");
        assertThat(title.length()).isLessThanOrEqualTo("Touch-base: ".length() + 24 + 3 + 24);
    }
}
