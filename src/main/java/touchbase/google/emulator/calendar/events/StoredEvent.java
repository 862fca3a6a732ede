package touchbase.google.emulator.calendar.events;

import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.Json;

/**
 * One event as the emulator keeps it: the Calendar JSON resource plus the store revision of
 * its last change (for sync tokens) and whether its Meet link is still being created.
 * Mutable; only touched while holding the {@link CalendarStore} lock.
 */
public final class StoredEvent {

    final String calendarId;
    ObjectNode json;
    long revision;
    boolean conferencePending;

    StoredEvent(String calendarId, ObjectNode json, long revision) {
        this.calendarId = calendarId;
        this.json = json;
        this.revision = revision;
    }

    public String calendarId() {
        return calendarId;
    }

    /** The event as tests see it. */
    EmulatedEvent view() {
        return new EmulatedEvent(calendarId, id(), Json.text(json, "status"), Json.text(json, "summary"),
                Json.write(json));
    }

    public String id() {
        return Json.text(json, "id");
    }

    public boolean cancelled() {
        return "cancelled".equals(Json.text(json, "status"));
    }

    public boolean recurring() {
        return json.has("recurrence") && json.get("recurrence").isArray() && !json.get("recurrence").isEmpty();
    }

    public String recurringEventId() {
        return Json.text(json, "recurringEventId");
    }
}
