package touchbase.colleagues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.InvalidInput;
import touchbase.fakes.BookingWorld;

/** The account's own address is never a colleague: a touch-base with oneself is an invite to oneself. */
class ColleagueBook_SelfTest {

    private final BookingWorld world = new BookingWorld();

    @Test
    void refusesTheAccountsOwnAddressInAnyCaseNamingTheEmailField() {
        assertThatThrownBy(() -> world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of(" ME@example.com ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).isEqualTo(
                            "ME@example.com is your own address; add the people you want to keep in touch with");
                });
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT)).isEmpty();
    }

    @Test
    void refusesChangingAColleaguesEmailToTheAccountsOwn() {
        Colleague ana = world.colleague("Ana");

        assertThatThrownBy(() -> world.colleagueBook.edit(BookingWorld.ACCOUNT, ana.id(),
                ColleagueEdit.none().withEmail(BookingWorld.myCalendar())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(world.colleagues.find(BookingWorld.ACCOUNT, ana.id()).orElseThrow().email()).isEqualTo(ana.email());
    }

    @Test
    void aCsvLineWithTheAccountsOwnAddressIsRejectedAndTheOthersKept() {
        ImportReport report = world.colleagueBook.importCsv(BookingWorld.ACCOUNT,
                "me@example.com,Me,Europe/Berlin,weekly\nana@example.com,Ana,Europe/Berlin,weekly\n");

        assertThat(report.rejected()).extracting(ImportReport.Line::message).containsExactly(
                "line 1: me@example.com is your own address; add the people you want to keep in touch with");
        assertThat(report.count(ImportReport.Outcome.ADDED)).isEqualTo(1);
    }
}
