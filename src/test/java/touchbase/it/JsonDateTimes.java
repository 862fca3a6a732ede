package touchbase.it;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Finds the date-times in a JSON answer (every string that starts like one) and says which are not
 * RFC 3339 as the README promises: seconds, an offset, no zone id, no fraction.
 */
final class JsonDateTimes {

    static final Pattern RFC_3339 = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$");
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*");

    private final List<String> seen = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    /** Walks the answer, remembering each date-time under its path. */
    JsonDateTimes walk(String where, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(where + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(where + "[" + i + "]", node.get(i));
            }
        } else if (node.isString() && LOOKS_LIKE_ONE.matcher(node.asString()).matches()) {
            check(where, node.asString());
        }
        return this;
    }

    private void check(String where, String value) {
        seen.add(where);
        try {
            OffsetDateTime.parse(value);
            if (!RFC_3339.matcher(value).matches()) {
                wrong.add(where + " = " + value);
            }
        } catch (DateTimeParseException e) {
            wrong.add(where + " = " + value + " (" + e.getMessage() + ")");
        }
    }

    /** The paths of every date-time seen. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    /** The date-times that are not RFC 3339, with their paths and values. */
    List<String> wrong() {
        return List.copyOf(wrong);
    }
}
