package touchbase.google.emulator.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed access to a request's query parameters, failing the way the Calendar API does. */
public record QueryParams(Map<String, List<String>> values) {

    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return first(name) != null;
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(first(name));
    }

    public int integer(String name, int fallback) {
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

    public Instant instant(String name) {
        String value = first(name);
        return value == null ? null : rfc3339(value, name);
    }

    public static Instant rfc3339(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid", "Bad Request");
        }
    }
}
