package touchbase.google.emulator.calendar.events;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.seed.SeedEvent;

/**
 * A {@link SeedEvent} as the body of an events.insert by its organizer: local start and end with
 * the event's time zone, its recurrence lines, and the organizer plus attendees all accepted.
 */
final class SeedEvents {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private SeedEvents() {
    }

    static String calendarId(SeedEvent event) {
        return event.calendarId().toLowerCase(Locale.ROOT);
    }

    static ObjectNode body(SeedEvent event) {
        ObjectNode body = Json.object();
        body.put("id", event.id());
        body.put("summary", event.summary());
        body.putObject("start").put("dateTime", event.start().format(LOCAL)).put("timeZone", event.zone().getId());
        body.putObject("end").put("dateTime", event.start().plus(event.duration()).format(LOCAL))
                .put("timeZone", event.zone().getId());
        if (!event.recurrence().isEmpty()) {
            ArrayNode recurrence = body.putArray("recurrence");
            event.recurrence().forEach(recurrence::add);
        }
        if (!event.attendees().isEmpty()) {
            ArrayNode attendees = body.putArray("attendees");
            attendees.addObject().put("email", event.calendarId()).put("responseStatus", "accepted");
            event.attendees().forEach(a -> attendees.addObject().put("email", a).put("responseStatus", "accepted"));
        }
        return body;
    }
}
