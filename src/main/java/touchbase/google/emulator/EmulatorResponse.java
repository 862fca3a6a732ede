package touchbase.google.emulator;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a handler answers; headers beyond Content-Type go in {@code headers}. */
record EmulatorResponse(int status, String contentType, String body, Map<String, String> headers) {

    static EmulatorResponse json(int status, JsonNode body) {
        return new EmulatorResponse(status, "application/json; charset=UTF-8", Json.write(body), Map.of());
    }

    static EmulatorResponse json(JsonNode body) {
        return json(200, body);
    }

    static EmulatorResponse html(int status, String page) {
        return new EmulatorResponse(status, "text/html; charset=utf-8", page, Map.of());
    }

    static EmulatorResponse redirect(String location) {
        return new EmulatorResponse(302, "text/html; charset=utf-8", "", Map.of("Location", location));
    }

    static EmulatorResponse noContent() {
        return new EmulatorResponse(204, null, "", Map.of());
    }

    EmulatorResponse withHeader(String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new EmulatorResponse(status, contentType, body, Map.copyOf(all));
    }
}
