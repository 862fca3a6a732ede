package touchbase.colleagues;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180): fields separated by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes. Each record keeps the number of the line it starts
 * on; blank lines are left out. An unclosed quote runs to the end of the text.
 */
final class CsvRecords {

    /** One record and the (1-based) line it starts on. */
    record Record(int line, List<String> fields) {

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        add(records, recordLine, fields);
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(value -> !value.isBlank())) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
