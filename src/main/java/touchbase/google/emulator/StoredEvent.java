package touchbase.google.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * One event as the emulator keeps it: the Calendar JSON resource plus the store revision of
 * its last change (for sync tokens) and whether its Meet link is still being created.
 * Mutable; only touched while holding the {@link CalendarStore} lock.
 */
final class StoredEvent {

    final String calendarId;
    ObjectNode json;
    long revision;
    boolean conferencePending;

    StoredEvent(String calendarId, ObjectNode json, long revision) {
        this.calendarId = calendarId;
        this.json = json;
        this.revision = revision;
    }

    String id() {
        return Json.text(json, "id");
    }

    boolean cancelled() {
        return "cancelled".equals(Json.text(json, "status"));
    }

    boolean recurring() {
        return json.has("recurrence") && json.get("recurrence").isArray() && !json.get("recurrence").isEmpty();
    }

    String recurringEventId() {
        return Json.text(json, "recurringEventId");
    }
}
