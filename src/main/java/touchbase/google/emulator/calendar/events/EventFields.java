package touchbase.google.emulator.calendar.events;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;

/**
 * The Calendar API's rules for the fields of a written event: which fields a client may set, which
 * the server keeps across writes, JSON merge for events.patch, and the checks and normal form of
 * start, end, recurrence and attendees.
 */
final class EventFields {

    private static final Set<String> SERVER_FIELDS = Set.of("kind", "etag", "htmlLink", "created", "updated",
            "creator", "organizer", "hangoutLink", "recurringEventId", "originalStartTime");
    private static final List<String> KEPT_ON_WRITE = List.of("kind", "id", "htmlLink", "created", "iCalUID",
            "creator", "organizer", "recurringEventId", "originalStartTime");

    private EventFields() {
    }

    /** Copies what the client may set: every non-null field except the server's own. */
    static void copyClientFields(ObjectNode body, ObjectNode json) {
        body.properties().forEach(e -> {
            if (!SERVER_FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                json.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    static void normalizeTimes(ObjectNode json, ZoneId calendarZone) {
        JsonNode startNode = json.get("start");
        JsonNode endNode = json.get("end");
        if (startNode == null || startNode.isNull()) {
            throw ApiException.badRequest("required", "Missing start time.");
        }
        if (endNode == null || endNode.isNull()) {
            throw ApiException.badRequest("required", "Missing end time.");
        }
        boolean recurring = json.has("recurrence") && !json.get("recurrence").isEmpty();
        if (recurring && !EventTimes.allDay(json)) {
            if (Json.text(startNode, "timeZone") == null) {
                throw ApiException.badRequest("required", "Missing time zone definition for start time.");
            }
            if (Json.text(endNode, "timeZone") == null) {
                throw ApiException.badRequest("required", "Missing time zone definition for end time.");
            }
        }
        ZonedDateTime start = EventTimes.zoned(startNode, calendarZone, "start");
        ZonedDateTime end = EventTimes.zoned(endNode, calendarZone, "end");
        if (recurring) {
            List<String> lines = new ArrayList<>();
            json.get("recurrence").forEach(line -> lines.add(line.asString()));
            Recurrence.parse(lines);
        }
        if (!end.isAfter(start)) {
            throw ApiException.badRequest("timeRangeEmpty", "The specified time range is empty.");
        }
        json.set("start", EventTimes.render(start, startNode));
        json.set("end", EventTimes.render(end, endNode));
        if (json.has("originalStartTime")) {
            JsonNode original = json.get("originalStartTime");
            json.set("originalStartTime", EventTimes.render(EventTimes.zoned(original, calendarZone, "start"), original));
        }
    }

    static void normalizeAttendees(ObjectNode json, String calendarId) {
        JsonNode attendees = json.get("attendees");
        if (attendees == null || !attendees.isArray()) {
            return;
        }
        for (JsonNode node : attendees) {
            if (!(node instanceof ObjectNode attendee) || Json.text(attendee, "email") == null) {
                throw ApiException.badRequest("required", "Missing attendee email.");
            }
            boolean organizer = Json.text(attendee, "email").equalsIgnoreCase(calendarId);
            if (organizer) {
                attendee.put("organizer", true);
                attendee.put("self", true);
            }
            if (!attendee.has("responseStatus")) {
                attendee.put("responseStatus", organizer ? "accepted" : "needsAction");
            }
        }
    }

    static boolean changedTimes(JsonNode before, JsonNode after) {
        return !before.path("start").equals(after.path("start")) || !before.path("end").equals(after.path("end"))
                || !before.path("recurrence").equals(after.path("recurrence"));
    }

    static void keepServerFields(ObjectNode json, ObjectNode before) {
        for (String field : KEPT_ON_WRITE) {
            if (before.has(field)) {
                json.set(field, before.get(field).deepCopy());
            } else {
                json.remove(field);
            }
        }
        if (before.has("hangoutLink") && !json.has("hangoutLink")) {
            json.set("hangoutLink", before.get("hangoutLink").deepCopy());
        }
    }

    /** JSON merge as events.patch does it: objects merge, arrays and values replace, null clears. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode value = entry.getValue();
            JsonNode existing = target.get(entry.getKey());
            if (value.isNull()) {
                target.remove(entry.getKey());
            } else if (value.isObject() && existing instanceof ObjectNode existingObject) {
                merge(existingObject, value);
            } else {
                target.set(entry.getKey(), value.deepCopy());
            }
        }
    }
}
