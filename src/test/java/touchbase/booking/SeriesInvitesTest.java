package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;

/** The invite's title names both people, not their addresses, and stays short. */
class SeriesInvitesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theTitleNamesYouByYourGoogleNameAndTheColleague() {
        assertThat(SeriesInvites.title(Optional.of("Alex Morgan"), "alex.morgan@example.com", ana()))
                .isEqualTo("Touch-base: Alex Morgan / Ana Souza");
    }

    @Test
    void withoutAGoogleNameYourAddressBeforeTheAtStandsForIt() {
        assertThat(SeriesInvites.title(Optional.empty(), "owner@example.com", ana()))
                .isEqualTo("Touch-base: owner / Ana Souza");
        assertThat(SeriesInvites.title(Optional.of("  "), "owner@example.com", ana()))
                .isEqualTo("Touch-base: owner / Ana Souza");
    }

    @Test
    void longNamesGiveWayToFirstNamesSoTheTitleFitsAPhone() {
        Colleague longNamed = Colleague.of("c-2", "x@example.com", "Maximiliana Alexandra Konstantinopoulou-Schmidt",
                LONDON, Cadence.weekly());

        String title = SeriesInvites.title(Optional.of("Alexandra Morgan-Whitfield"), "alex@example.com", longNamed);

        assertThat(title).isEqualTo("Touch-base: Alexandra / Maximiliana");
        assertThat(title.length()).isLessThanOrEqualTo(SeriesInvites.TITLE_LIMIT);
    }

    @Test
    void aSingleVeryLongNameIsCut() {
        Colleague oneWord = Colleague.of("c-3", "x@example.com", "Konstantinopoulou-Schmidt-Papadopoulos",
                LONDON, Cadence.weekly());

        String title = SeriesInvites.title(Optional.empty(), "alex.morgan@example.com", oneWord);

        assertThat(title).startsWith("Touch-base: alex.morgan / Konstantino").endsWith("…").doesNotContain("@");
        assertThat(title.length()).isLessThanOrEqualTo(SeriesInvites.TITLE_LIMIT);
    }

    private static Colleague ana() {
        return Colleague.of("c-1", "ana.souza@example.com", "Ana Souza", LONDON, Cadence.weekly());
    }
}
