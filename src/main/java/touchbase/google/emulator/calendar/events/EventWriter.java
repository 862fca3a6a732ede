package touchbase.google.emulator.calendar.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;

/**
 * events.insert, patch, update and delete with the Calendar API's rules: client ids in base32hex
 * (a-v, 0-9, 5 to 1024 characters), ids unique per calendar even after delete (delete only sets
 * {@code status: cancelled}), recurring events need {@code start.timeZone}, and writing an
 * instance id stores an exception with {@code recurringEventId} and {@code originalStartTime}.
 */
final class EventWriter {

    private static final Pattern ID = Pattern.compile("[a-v0-9]{5,1024}");
    private static final Set<String> SERVER_FIELDS = Set.of("kind", "etag", "htmlLink", "created", "updated",
            "creator", "organizer", "hangoutLink", "recurringEventId", "originalStartTime");
    private static final List<String> KEPT_ON_WRITE = List.of("kind", "id", "htmlLink", "created", "iCalUID",
            "creator", "organizer", "recurringEventId", "originalStartTime");

    private final CalendarStore store;
    private final Instances instances;

    EventWriter(CalendarStore store, Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    StoredEvent insert(String calendarId, String requester, ObjectNode body, int conferenceDataVersion) {
        String id = Json.text(body, "id");
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                throw ApiException.badRequest("invalid", "Invalid resource id value.");
            }
            if (store.find(calendarId, id).isPresent()) {
                throw new ApiException(409, "global", "duplicate", "The requested identifier already exists.");
            }
        } else {
            id = newId();
        }
        ObjectNode json = Json.object();
        json.put("kind", "calendar#event");
        json.put("id", id);
        json.put("status", "confirmed");
        json.put("htmlLink", "https://www.google.com/calendar/event?eid=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + " " + calendarId).getBytes(StandardCharsets.UTF_8)));
        json.put("created", Json.millis(store.clock().instant()));
        body.properties().forEach(e -> {
            if (!SERVER_FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                json.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        json.put("id", id);
        ObjectNode creator = json.putObject("creator");
        creator.put("email", requester);
        creator.put("self", requester.equalsIgnoreCase(calendarId));
        ObjectNode organizer = json.putObject("organizer");
        organizer.put("email", calendarId);
        store.seed().person(calendarId).ifPresent(p -> organizer.put("displayName", p.name()));
        organizer.put("self", requester.equalsIgnoreCase(calendarId));
        if (!json.has("iCalUID")) {
            json.put("iCalUID", id + "@google.com");
        }
        if (!json.has("sequence")) {
            json.put("sequence", 0);
        }
        StoredEvent event = new StoredEvent(calendarId, json, 0);
        finish(event, null, conferenceDataVersion);
        store.put(event);
        return event;
    }

    StoredEvent patch(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion) {
        StoredEvent event = locate(calendarId, eventId);
        ObjectNode before = event.json.deepCopy();
        merge(event.json, body);
        keepServerFields(event.json, before);
        finish(event, before, conferenceDataVersion);
        return event;
    }

    StoredEvent update(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion) {
        StoredEvent event = locate(calendarId, eventId);
        ObjectNode before = event.json.deepCopy();
        ObjectNode json = Json.object();
        body.properties().forEach(e -> {
            if (!SERVER_FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                json.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        if (!json.has("status")) {
            json.put("status", "confirmed");
        }
        if (!json.has("sequence")) {
            json.set("sequence", before.get("sequence"));
        }
        event.json = json;
        keepServerFields(json, before);
        finish(event, before, conferenceDataVersion);
        return event;
    }

    void delete(String calendarId, String eventId) {
        StoredEvent event = locate(calendarId, eventId);
        if (event.cancelled()) {
            throw new ApiException(410, "global", "deleted", "Resource has been deleted");
        }
        cancel(event);
        if (event.recurring()) {
            store.events(calendarId).stream()
                    .filter(e -> event.id().equals(e.recurringEventId()) && !e.cancelled())
                    .forEach(this::cancel);
        }
    }

    private void cancel(StoredEvent event) {
        event.json.put("status", "cancelled");
        stamp(event);
        store.put(event);
    }

    /** A stored event, or a new exception for an instance id of a stored recurring event; else 404. */
    private StoredEvent locate(String calendarId, String eventId) {
        Optional<StoredEvent> stored = store.find(calendarId, eventId);
        if (stored.isPresent()) {
            return stored.get();
        }
        int underscore = eventId.lastIndexOf('_');
        if (underscore > 0) {
            Optional<StoredEvent> master = store.find(calendarId, eventId.substring(0, underscore))
                    .filter(m -> m.recurring() && !m.cancelled());
            if (master.isPresent()) {
                Optional<ObjectNode> instance = instances.virtualInstance(master.get(), eventId);
                if (instance.isPresent()) {
                    return new StoredEvent(calendarId, instance.get(), 0);
                }
            }
        }
        throw ApiException.notFound();
    }

    private void finish(StoredEvent event, ObjectNode before, int conferenceDataVersion) {
        ObjectNode json = event.json;
        if (event.recurringEventId() != null) {
            json.remove("recurrence");
        }
        validateAndNormalizeTimes(json, store.zoneOf(event.calendarId));
        normalizeAttendees(json, event.calendarId);
        if (!json.has("reminders")) {
            json.putObject("reminders").put("useDefault", true);
        }
        if (!json.has("eventType")) {
            json.put("eventType", "default");
        }
        if (before != null && changedTimes(before, json)
                && json.path("sequence").asInt(0) <= before.path("sequence").asInt(0)) {
            json.put("sequence", before.path("sequence").asInt(0) + 1);
        }
        event.conferencePending = Conferences.apply(json, before, conferenceDataVersion);
        stamp(event);
        store.put(event);
    }

    private void stamp(StoredEvent event) {
        event.revision = store.nextRevision();
        Instant now = store.clock().instant();
        event.json.put("updated", Json.millis(now));
        event.json.put("etag", "\"" + (now.toEpochMilli() * 1000 + event.revision % 1000) + "\"");
    }

    private static void validateAndNormalizeTimes(ObjectNode json, ZoneId calendarZone) {
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

    private static void normalizeAttendees(ObjectNode json, String calendarId) {
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

    private static boolean changedTimes(JsonNode before, JsonNode after) {
        return !before.path("start").equals(after.path("start")) || !before.path("end").equals(after.path("end"))
                || !before.path("recurrence").equals(after.path("recurrence"));
    }

    private static void keepServerFields(ObjectNode json, ObjectNode before) {
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

    private static String newId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        StringBuilder id = new StringBuilder();
        for (byte b : bytes.array()) {
            id.append(String.format("%02x", b));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
