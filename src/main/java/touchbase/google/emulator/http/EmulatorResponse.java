package touchbase.google.emulator.http;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a handler answers; headers beyond Content-Type go in {@code headers}. */
public record EmulatorResponse(int status, String contentType, String body, Map<String, String> headers) {

    public static EmulatorResponse json(int status, JsonNode body) {
        return new EmulatorResponse(status, "application/json; charset=UTF-8", Json.write(body), Map.of());
    }

    public static EmulatorResponse json(JsonNode body) {
        return json(200, body);
    }

    public static EmulatorResponse html(int status, String page) {
        return new EmulatorResponse(status, "text/html; charset=utf-8", page, Map.of());
    }

    public static EmulatorResponse redirect(String location) {
        return new EmulatorResponse(302, "text/html; charset=utf-8", "", Map.of("Location", location));
    }

    public static EmulatorResponse noContent() {
        return new EmulatorResponse(204, null, "", Map.of());
    }

    public EmulatorResponse withHeader(String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new EmulatorResponse(status, contentType, body, Map.copyOf(all));
    }
}
