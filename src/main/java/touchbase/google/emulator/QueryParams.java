package touchbase.google.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed access to a request's query parameters, failing the way the Calendar API does. */
record QueryParams(Map<String, List<String>> values) {

    String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return first(name) != null;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(first(name));
    }

    int integer(String name, int fallback) {
        String value = first(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalidParameter", "Invalid value '" + value + "'. Values must be integers.");
        }
    }

    Instant instant(String name) {
        String value = first(name);
        return value == null ? null : rfc3339(value, name);
    }

    static Instant rfc3339(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid", "Bad Request");
        }
    }
}
