package touchbase.colleagues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.fakes.BookingWorld;

/** How the CSV import reads quoted fields, and what it says about quotes that do not pair up. */
class ColleagueBook_CsvQuotingTest {

    private final BookingWorld world = new BookingWorld();

    @Test
    void aLineWithAnUnclosedQuoteIsRejectedAndTheLinesAfterItAreKept() {
        String csv = """
                email,name
                ana@example.com,Ana
                "bob@example.com,Bob
                chen@example.com,Chen
                """;

        ImportReport report = importing(csv);

        assertThat(outcomes(report)).containsExactly(
                tuple(2, ImportReport.Outcome.ADDED),
                tuple(3, ImportReport.Outcome.REJECTED),
                tuple(4, ImportReport.Outcome.ADDED));
        assertThat(report.rejected().get(0).message()).isEqualTo("line 3: " + CsvRecords.UNPAIRED_QUOTES);
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT)).extracting(Colleague::displayName)
                .containsExactlyInAnyOrder("Ana", "Chen");
    }

    @Test
    void textAfterAClosingQuoteRejectsThatLineOnly() {
        String csv = "\"ana@example.com\"x,Ana\nbob@example.com,Bob\n";

        ImportReport report = importing(csv);

        assertThat(outcomes(report)).containsExactly(
                tuple(1, ImportReport.Outcome.REJECTED), tuple(2, ImportReport.Outcome.ADDED));
        assertThat(report.rejected().get(0).message()).startsWith("line 1: the quotes do not pair up");
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        String csv = """
                email,name
                  "ana@example.com" , "Lima, Ana ""Nita""\"
                "bob@example.com","Bob
                Jones"
                chen@example.com,Chen
                """;

        ImportReport report = importing(csv);

        assertThat(outcomes(report)).containsExactly(
                tuple(2, ImportReport.Outcome.ADDED),
                tuple(3, ImportReport.Outcome.ADDED),
                tuple(5, ImportReport.Outcome.ADDED));
        assertThat(world.colleagues.findByEmail(BookingWorld.ACCOUNT, "ana@example.com").orElseThrow().displayName())
                .isEqualTo("Lima, Ana \"Nita\"");
        assertThat(world.colleagues.findByEmail(BookingWorld.ACCOUNT, "bob@example.com").orElseThrow().displayName())
                .isEqualTo("Bob Jones");
    }

    @Test
    void aByteOrderMarkAndCarriageReturnsAreRead() {
        ImportReport report = importing("\uFEFFEmail,Name\r\nana@example.com,Ana\r\n\r\nbob@example.com,Bob");

        assertThat(outcomes(report)).containsExactly(
                tuple(2, ImportReport.Outcome.ADDED), tuple(4, ImportReport.Outcome.ADDED));
    }

    private ImportReport importing(String csv) {
        return world.colleagueBook.importCsv(BookingWorld.ACCOUNT, csv);
    }

    private static List<Tuple> outcomes(ImportReport report) {
        return report.lines().stream().map(line -> tuple(line.lineNumber(), line.outcome())).toList();
    }
}
