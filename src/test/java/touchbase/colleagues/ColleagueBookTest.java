package touchbase.colleagues;

import touchbase.fakes.BookingWorld;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

class ColleagueBookTest {

    private final BookingWorld world = new BookingWorld();

    @Test
    void addTakesZoneAndCadenceFromTheAccountWhenNotGiven() {
        ColleagueSaved saved = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("ana@example.com"));

        assertThat(saved.outcome()).isEqualTo(ColleagueSaved.Outcome.ADDED);
        assertThat(saved.colleague().zone()).isEqualTo(BookingWorld.BERLIN);
        assertThat(saved.colleague().cadence()).isEqualTo(Cadence.everyTwoWeeks());
        assertThat(saved.colleague().displayName()).isEqualTo("ana");
    }

    @Test
    void addingTheSameEmailAgainUpdatesTheColleague() {
        ColleagueSaved first = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("ana@example.com"));

        ColleagueSaved second = world.colleagueBook.add(BookingWorld.ACCOUNT,
                ColleagueInput.of("ANA@example.com").named("Ana Lima").inZone("America/Sao_Paulo"));

        assertThat(second.outcome()).isEqualTo(ColleagueSaved.Outcome.UPDATED);
        assertThat(second.colleague().id()).isEqualTo(first.colleague().id());
        assertThat(second.colleague().zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT)).hasSize(1);
    }

    @Test
    void rejectsABadEmailNamingTheField() {
        assertThatThrownBy(() -> world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("bob@")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).isEqualTo("\"bob@\" is not an email address");
                });
    }

    @Test
    void refusesANameLongerThan200CharactersNamingTheField() {
        assertThatThrownBy(() -> world.colleagueBook.add(BookingWorld.ACCOUNT,
                ColleagueInput.of("ana@example.com").named("A".repeat(3000))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("3000 characters").contains("at most 200");
                });
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT)).isEmpty();
    }

    @Test
    void refusesControlCharactersInANameAndNotesOver2000Characters() {
        Colleague ana = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("ana@example.com")).colleague();

        assertThatThrownBy(() -> world.colleagueBook.edit(BookingWorld.ACCOUNT, ana.id(),
                ColleagueEdit.none().withName("Ana\u0007")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> world.colleagueBook.edit(BookingWorld.ACCOUNT, ana.id(),
                ColleagueEdit.none().withNotes("n".repeat(2001))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("notes"));
        assertThat(world.colleagueBook.edit(BookingWorld.ACCOUNT, ana.id(),
                ColleagueEdit.none().withNotes("line one\nline two")).notes()).isEqualTo("line one\nline two");
    }

    @Test
    void refusesAnEmailLongerThan254Characters() {
        assertThatThrownBy(() -> world.colleagueBook.add(BookingWorld.ACCOUNT,
                ColleagueInput.of("a".repeat(250) + "@example.com")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void importRejectsALineWithAnOverlongNameAndKeepsTheOthers() {
        ImportReport report = world.colleagueBook.importCsv(BookingWorld.ACCOUNT,
                "ana@example.com," + "A".repeat(300) + ",,\nbob@example.com,Bob,,\n");

        assertThat(report.count(ImportReport.Outcome.REJECTED)).isEqualTo(1);
        assertThat(report.rejected().get(0).message()).startsWith("line 1: ").contains("at most 200");
        assertThat(report.count(ImportReport.Outcome.ADDED)).isEqualTo(1);
    }

    @Test
    void importKeepsTheGoodLinesAndReportsEachBadOne() {
        String csv = """
                email,name,timezone,cadence
                ana@example.com,Ana,Europe/Lisbon,monthly
                bob@,Bob,Europe/Berlin,weekly
                "chen@example.com","Chen, Wei",Asia/Shanghai,every two weeks

                dana@example.com,Dana,Mars/Olympus,weekly
                eve@example.com,Eve,Europe/Paris,whenever
                ,Nobody,Europe/Paris,weekly
                ana@example.com,Ana Lima,,
                """;

        ImportReport report = world.colleagueBook.importCsv(BookingWorld.ACCOUNT, csv);

        assertThat(report.lines()).extracting(ImportReport.Line::lineNumber, ImportReport.Line::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, ImportReport.Outcome.ADDED),
                        org.assertj.core.groups.Tuple.tuple(3, ImportReport.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(4, ImportReport.Outcome.ADDED),
                        org.assertj.core.groups.Tuple.tuple(6, ImportReport.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(7, ImportReport.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(8, ImportReport.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(9, ImportReport.Outcome.UPDATED));
        assertThat(report.rejected()).extracting(ImportReport.Line::message).containsExactly(
                "line 3: \"bob@\" is not an email address",
                "line 6: \"Mars/Olympus\" is not a time zone; use a region such as Europe/Berlin or America/New_York",
                report.rejected().get(2).message(),
                "line 8: the email is missing");
        assertThat(report.rejected().get(2).message()).startsWith("line 7: cannot read the cadence 'whenever'");
        assertThat(report.lines().get(6).message()).isEqualTo(
                "line 9: merged with line 2 (same email ana@example.com)");
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT)).extracting(Colleague::displayName)
                .containsExactlyInAnyOrder("Ana Lima", "Chen, Wei");
        Colleague ana = world.colleagues.findByEmail(BookingWorld.ACCOUNT, "ana@example.com").orElseThrow();
        assertThat(ana.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(ana.cadence()).isEqualTo(Cadence.monthly());
    }

    @Test
    void importWithoutAHeaderReadsTheStandardColumns() {
        ImportReport report = world.colleagueBook.importCsv(BookingWorld.ACCOUNT,
                "ana@example.com,Ana,europe/lisbon,FREQ=MONTHLY;BYDAY=2TU\r\n");

        assertThat(report.count(ImportReport.Outcome.ADDED)).isEqualTo(1);
        Colleague ana = world.colleagues.all(BookingWorld.ACCOUNT).get(0);
        assertThat(ana.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(ana.cadence().toRRule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
    }

    @Test
    void removingAColleagueWithASeriesAsksForConfirmationFirst() {
        Colleague ana = world.colleague("Ana");
        TouchBase series = world.book(ana);

        Removal unconfirmed = world.colleagueBook.remove(BookingWorld.ACCOUNT, ana.id(), false);

        assertThat(unconfirmed.needsConfirmation()).isTrue();
        assertThat(unconfirmed.series()).extracting(TouchBase::id).containsExactly(series.id());
        assertThat(world.colleagues.find(BookingWorld.ACCOUNT, ana.id())).isPresent();
    }

    @Test
    void confirmedRemovalCancelsTheSeriesAndRemovesTheColleague() {
        Colleague ana = world.colleague("Ana");
        TouchBase series = world.book(ana);
        world.drainOutbox();

        Removal removal = world.colleagueBook.remove(BookingWorld.ACCOUNT, ana.id(), true);

        assertThat(removal.removed()).isTrue();
        assertThat(world.series(series.id()).status()).isEqualTo(TouchBase.Status.CANCELLED);
        assertThat(world.colleagues.find(BookingWorld.ACCOUNT, ana.id())).isEmpty();
        world.drainOutbox();
        assertThat(world.google.liveSeriesCount()).isZero();
    }

    @Test
    void editRefusesAnEmailAnotherColleagueHas() {
        Colleague ana = world.colleague("Ana");
        Colleague ben = world.colleague("Ben");

        assertThatThrownBy(() -> world.colleagueBook.edit(BookingWorld.ACCOUNT, ben.id(),
                ColleagueEdit.none().withEmail(ana.email())))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void pauseAndResume() {
        Colleague ana = world.colleague("Ana");

        assertThat(world.colleagueBook.pause(BookingWorld.ACCOUNT, ana.id()).paused()).isTrue();
        assertThat(world.colleagueBook.resume(BookingWorld.ACCOUNT, ana.id()).paused()).isFalse();
    }
}
