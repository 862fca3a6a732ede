package touchbase.google.emulator.calendar;

import java.time.ZoneId;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.seed.EmulatedPerson;

/** The small read-only resources: {@code Calendar} (calendars.get) and {@code Setting} (settings.get). */
final class CalendarResources {

    private CalendarResources() {
    }

    static ObjectNode calendar(String calendarId, ZoneId zone) {
        ObjectNode calendar = Json.object();
        calendar.put("kind", "calendar#calendar");
        calendar.put("etag", "\"" + Integer.toUnsignedString(calendarId.hashCode()) + "\"");
        calendar.put("id", calendarId);
        calendar.put("summary", calendarId);
        calendar.put("timeZone", zone.getId());
        calendar.putObject("conferenceProperties").putArray("allowedConferenceSolutionTypes").add("hangoutsMeet");
        return calendar;
    }

    /** settings.get for the ids Google documents; others are 404 {@code notFound}. */
    static ObjectNode setting(String id, EmulatedPerson person) {
        String value = switch (id) {
            case "timezone" -> person.zone().getId();
            case "locale" -> "en";
            case "weekStart" -> "1";
            case "format24HourTime" -> "true";
            case "dateFieldOrder" -> "DMY";
            case "defaultEventLength" -> "60";
            default -> throw ApiException.notFound();
        };
        ObjectNode setting = Json.object();
        setting.put("kind", "calendar#setting");
        setting.put("etag", "\"" + Integer.toUnsignedString((id + value).hashCode()) + "\"");
        setting.put("id", id);
        setting.put("value", value);
        return setting;
    }
}
