package touchbase.google.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON and RFC 3339 helpers shared by the emulator's endpoints. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses a request body; an empty or malformed body is Google's 400 {@code parseError}. */
    public static ObjectNode parseObject(String body) {
        if (body == null || body.isBlank()) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode objectNode) {
                return objectNode;
            }
        } catch (JacksonException e) {
            // reported below as Google does
        }
        throw ApiException.badRequest("parseError", "Parse Error");
    }

    /** The string value of {@code field}, or null when it is absent or JSON null. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** Google's timestamp style for {@code created}/{@code updated}: {@code 2026-03-02T09:00:00.000Z}. */
    public static String millis(Instant instant) {
        return MILLIS.format(instant);
    }

    /** Google's style for free/busy periods: {@code 2026-03-02T09:00:00Z}. */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant);
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
