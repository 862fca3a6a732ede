package touchbase.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import touchbase.planning.zones.TimeZones;

/**
 * A JSON request body read field by field; every problem becomes a 400 naming the field and
 * showing what would be accepted.
 */
public final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest time zone id read (the longest IANA id has 32 characters). */
    private static final int ZONE_MAX = 64;

    private final JsonNode root;
    private final String prefix;

    private JsonBody(JsonNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /** Parses the body; an empty body is an empty object. */
    public static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(JSON.createObjectNode(), "");
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (!root.isObject()) {
                throw new BadRequest(null, "the request body must be a JSON object such as {\"colleagueId\": \"...\"}");
            }
            return new JsonBody(root, "");
        } catch (JacksonException e) {
            throw new BadRequest(null, "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public boolean has(String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    public String name(String field) {
        return prefix + field;
    }

    public Optional<String> text(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = root.get(field);
        if (!node.isString()) {
            throw new BadRequest(name(field), name(field) + " must be a string");
        }
        return Optional.of(node.asString().trim());
    }

    public String requiredText(String field) {
        return text(field).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new BadRequest(name(field), name(field) + " is required"));
    }

    public Optional<Integer> integer(String field, int min, int max) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = root.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw new BadRequest(name(field), name(field) + " must be a whole number from " + min + " to " + max
                    + ", got " + node);
        }
        return Optional.of(node.asInt());
    }

    public Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = root.get(field);
        if (!node.isBoolean()) {
            throw new BadRequest(name(field), name(field) + " must be true or false, got " + node);
        }
        return Optional.of(node.asBoolean());
    }

    public Optional<ZoneId> zone(String field) {
        return text(field).map(value -> {
            if (value.length() > ZONE_MAX) {
                throw new BadRequest(name(field), name(field) + " must be an IANA time zone such as \"Europe/Berlin\";"
                        + " got " + value.length() + " characters, at most " + ZONE_MAX + " are read");
            }
            try {
                return TimeZones.of(value);
            } catch (DateTimeException e) {
                throw new BadRequest(name(field), name(field) + " must be an IANA time zone such as "
                        + "\"Europe/Berlin\" or \"America/New_York\", got \"" + value + "\"");
            }
        });
    }

    public Optional<LocalTime> time(String field) {
        return text(field).map(value -> {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequest(name(field), name(field) + " must be a time such as \"09:30\", got \"" + value + "\"");
            }
        });
    }

    public Optional<LocalDate> date(String field) {
        return text(field).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequest(name(field), name(field) + " must be a date such as \"2026-12-08\", got \"" + value + "\"");
            }
        });
    }

    /**
     * A start time: an RFC 3339 date-time with an offset ({@code 2026-12-08T10:00:00+01:00}, read in
     * {@code zone}), a date-time with a zone id ({@code 2026-12-08T10:00:00+01:00[Europe/Berlin]}), or a
     * local one ({@code 2026-12-08T10:00}, read in {@code zone}).
     */
    public Optional<ZonedDateTime> dateTime(String field, ZoneId zone) {
        return text(field).map(value -> {
            try {
                if (value.contains("[")) {
                    return ZonedDateTime.parse(value);
                }
                if (value.matches("(?i).*([+-]\\d\\d:\\d\\d|Z)$")) {
                    return OffsetDateTime.parse(value).atZoneSameInstant(zone);
                }
                return java.time.LocalDateTime.parse(value).atZone(zone);
            } catch (DateTimeParseException e) {
                throw new BadRequest(name(field), name(field) + " must be a date and time such as "
                        + "\"2026-12-08T10:00:00+01:00\" (RFC 3339) or \"2026-12-08T10:00\" (in your time zone), got \""
                        + value + "\"");
            }
        });
    }

    public Optional<DayOfWeek> day(String field, String value) {
        try {
            return Optional.of(DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name(field), name(field) + " must hold weekdays such as \"MONDAY\", got \"" + value + "\"");
        }
    }

    /** The field as a list of strings (absent: empty). */
    public List<String> texts(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode node = root.get(field);
        if (!node.isArray()) {
            throw new BadRequest(name(field), name(field) + " must be a list such as [\"a\", \"b\"]");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw new BadRequest(name(field), name(field) + " must hold strings, got " + item);
            }
            values.add(item.asString());
        }
        return values;
    }

    /** The field as a list of objects (absent: empty). */
    public List<JsonBody> objects(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode node = root.get(field);
        if (!node.isArray()) {
            throw new BadRequest(name(field), name(field) + " must be a list of objects");
        }
        List<JsonBody> values = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new BadRequest(name(field), name(field) + "[" + index + "] must be an object");
            }
            values.add(new JsonBody(item, name(field) + "[" + index + "]."));
            index++;
        }
        return values;
    }

    /** The field as an object whose keys are read by the caller (absent: empty). */
    public Optional<JsonBody> object(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode node = root.get(field);
        if (!node.isObject()) {
            throw new BadRequest(name(field), name(field) + " must be an object");
        }
        return Optional.of(new JsonBody(node, name(field) + "."));
    }

    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        root.propertyNames().forEach(names::add);
        return names;
    }
}
