package touchbase.colleagues;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the colleague fields sit in a CSV record: {@code email,name,timezone,cadence} unless a
 * header line names the columns (any order; "zone" or "time zone" for the time zone; unknown
 * columns are ignored).
 */
record CsvColumns(int email, int name, int timezone, int cadence) {

    static CsvColumns standard() {
        return new CsvColumns(0, 1, 2, 3);
    }

    static boolean isHeader(CsvRecords.Record record) {
        return record.fields().stream().anyMatch(field -> normalized(field).equals("email"));
    }

    static CsvColumns fromHeader(CsvRecords.Record header) {
        List<String> names = header.fields().stream().map(CsvColumns::normalized).toList();
        int timezone = names.indexOf("timezone");
        if (timezone < 0) {
            timezone = names.indexOf("zone");
        }
        return new CsvColumns(names.indexOf("email"), names.indexOf("name"), timezone, names.indexOf("cadence"));
    }

    ColleagueInput input(CsvRecords.Record record) {
        return new ColleagueInput(record.field(email), text(record, name), text(record, timezone), text(record, cadence));
    }

    private static Optional<String> text(CsvRecords.Record record, int index) {
        return Optional.of(record.field(index)).filter(value -> !value.isEmpty());
    }

    private static String normalized(String field) {
        return field.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }
}
