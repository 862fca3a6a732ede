package touchbase.colleagues;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import touchbase.domain.InvalidInput;

/**
 * Reads CSV text into records with Apache Commons CSV (RFC 4180: fields separated by commas; a field
 * in double quotes may hold commas, line breaks and doubled quotes; spaces around a field are
 * ignored). Each record keeps the number of the line it starts on; blank lines are left out. A line
 * whose quotes do not pair up becomes an unreadable record, and reading goes on at the next line.
 */
final class CsvRecords {

    static final String UNPAIRED_QUOTES = "the quotes do not pair up: put a whole field in double quotes"
            + " (\"Chen, Wei\") and write a quote inside a quoted field twice (\"\")";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** One record and the (1-based) line it starts on; an unreadable one has no fields and says why. */
    record Record(int line, List<String> fields, Optional<String> problem) {

        static Record unreadable(int line) {
            return new Record(line, List.of(), Optional.of(UNPAIRED_QUOTES));
        }

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private CsvRecords() {
    }

    /** The most text and lines one import reads (a larger list is imported in parts). */
    static final int MAX_CHARS = 1_000_000;
    static final int MAX_LINES = 5_000;

    /**
     * @throws InvalidInput ({@code csv}) for more than {@value #MAX_CHARS} characters or {@value #MAX_LINES}
     *     lines, before anything is read or written
     */
    static List<Record> parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidInput("csv", "the CSV text has " + text.length() + " characters; at most " + MAX_CHARS
                    + " are imported at once: import it in parts");
        }
        List<String> lines = text.lines().toList();
        if (lines.size() > MAX_LINES) {
            throw new InvalidInput("csv", "the CSV text has " + lines.size() + " lines; at most " + MAX_LINES
                    + " are imported at once: import it in parts");
        }
        List<Record> records = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            from = parseFrom(lines, from, records);
        }
        return records;
    }

    /**
     * Adds the records that start at line index {@code from}; answers where to go on: past the end,
     * or the line after a record whose quotes do not pair up (which is added as unreadable).
     */
    private static int parseFrom(List<String> lines, int from, List<Record> records) {
        String rest = String.join("\n", lines.subList(from, lines.size()));
        int start = from;
        try (CSVParser parser = CSVParser.builder().setFormat(FORMAT).setReader(new StringReader(rest)).get()) {
            for (CSVRecord record : parser) {
                add(records, start + 1, record.toList());
                start = from + (int) parser.getCurrentLineNumber();
            }
            return lines.size();
        } catch (UncheckedIOException | IOException unpairedQuotes) {
            records.add(Record.unreadable(start + 1));
            return start + 1;
        }
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(value -> !value.isBlank())) {
            records.add(new Record(line, List.copyOf(fields), Optional.empty()));
        }
    }
}
