package touchbase.google.emulator.calendar.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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

    private final CalendarStore store;
    private final Instances instances;

    EventWriter(CalendarStore store, Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    StoredEvent insert(String calendarId, String requester, ObjectNode body, int conferenceDataVersion) {
        String id = clientOrNewId(calendarId, Json.text(body, "id"));
        ObjectNode json = Json.object();
        json.put("kind", "calendar#event");
        json.put("id", id);
        json.put("status", "confirmed");
        json.put("htmlLink", "https://www.google.com/calendar/event?eid=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + " " + calendarId).getBytes(StandardCharsets.UTF_8)));
        json.put("created", Json.millis(store.clock().instant()));
        EventFields.copyClientFields(body, json);
        json.put("id", id);
        putCreatorAndOrganizer(json, requester, calendarId);
        if (!json.has("iCalUID")) {
            json.put("iCalUID", id + "@google.com");
        }
        if (!json.has("sequence")) {
            json.put("sequence", 0);
        }
        StoredEvent event = new StoredEvent(calendarId, json, 0);
        finish(event, null, conferenceDataVersion);
        return event;
    }

    StoredEvent patch(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion) {
        StoredEvent event = locate(calendarId, eventId);
        ObjectNode before = event.json.deepCopy();
        EventFields.merge(event.json, body);
        EventFields.keepServerFields(event.json, before);
        finish(event, before, conferenceDataVersion);
        return event;
    }

    StoredEvent update(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion) {
        StoredEvent event = locate(calendarId, eventId);
        ObjectNode before = event.json.deepCopy();
        ObjectNode json = Json.object();
        EventFields.copyClientFields(body, json);
        if (!json.has("status")) {
            json.put("status", "confirmed");
        }
        if (!json.has("sequence")) {
            json.set("sequence", before.get("sequence"));
        }
        event.json = json;
        EventFields.keepServerFields(json, before);
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
        EventFields.normalizeTimes(json, store.zoneOf(event.calendarId));
        EventFields.normalizeAttendees(json, event.calendarId);
        if (!json.has("reminders")) {
            json.putObject("reminders").put("useDefault", true);
        }
        if (!json.has("eventType")) {
            json.put("eventType", "default");
        }
        if (before != null && EventFields.changedTimes(before, json)
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

    /** The client's id when valid and unused on this calendar (else 400 or 409), or a new one. */
    private String clientOrNewId(String calendarId, String id) {
        if (id == null) {
            return newId();
        }
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid", "Invalid resource id value.");
        }
        if (store.find(calendarId, id).isPresent()) {
            throw new ApiException(409, "global", "duplicate", "The requested identifier already exists.");
        }
        return id;
    }

    private void putCreatorAndOrganizer(ObjectNode json, String requester, String calendarId) {
        ObjectNode creator = json.putObject("creator");
        creator.put("email", requester);
        creator.put("self", requester.equalsIgnoreCase(calendarId));
        ObjectNode organizer = json.putObject("organizer");
        organizer.put("email", calendarId);
        store.seed().person(calendarId).ifPresent(p -> organizer.put("displayName", p.name()));
        organizer.put("self", requester.equalsIgnoreCase(calendarId));
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
