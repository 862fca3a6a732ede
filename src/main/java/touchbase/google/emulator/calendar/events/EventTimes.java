package touchbase.google.emulator.calendar.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;

/**
 * Reads and writes Calendar {@code EventDateTime} values ({@code date}, or {@code dateTime} with
 * an optional {@code timeZone}); all-day dates start at midnight in the calendar's zone.
 */
final class EventTimes {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter INSTANCE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EventTimes() {
    }

    static boolean allDay(JsonNode event) {
        return Json.text(event.path("start"), "date") != null;
    }

    /** The moment an EventDateTime stands for, in its {@code timeZone} when given. */
    static ZonedDateTime zoned(JsonNode dateTime, ZoneId calendarZone, String field) {
        if (dateTime == null || !dateTime.isObject()) {
            throw missing(field);
        }
        String date = Json.text(dateTime, "date");
        String text = Json.text(dateTime, "dateTime");
        ZoneId zone = zone(dateTime, field);
        try {
            if (date != null) {
                return ZonedDateTime.of(LocalDate.parse(date), LocalTime.MIN, zone != null ? zone : calendarZone);
            }
            if (text == null) {
                throw missing(field);
            }
            try {
                OffsetDateTime offset = OffsetDateTime.parse(text);
                return zone != null ? offset.atZoneSameInstant(zone) : offset.toZonedDateTime();
            } catch (DateTimeParseException e) {
                return ZonedDateTime.of(LocalDateTime.parse(text), zone != null ? zone : calendarZone);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid", "Invalid " + field + " time.");
        }
    }

    static ZoneId zone(JsonNode dateTime, String field) {
        String tz = Json.text(dateTime, "timeZone");
        if (tz == null) {
            return null;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw ApiException.badRequest("invalid", "Invalid time zone definition for " + field + " time.");
        }
    }

    /** An EventDateTime for {@code time}, shaped like {@code template} (date, or dateTime and timeZone). */
    static ObjectNode render(ZonedDateTime time, JsonNode template) {
        ObjectNode node = Json.object();
        if (Json.text(template, "date") != null) {
            node.put("date", time.toLocalDate().toString());
            return node;
        }
        String tz = Json.text(template, "timeZone");
        node.put("dateTime", OFFSET.format(tz == null ? time : time.withZoneSameInstant(ZoneId.of(tz))));
        if (tz != null) {
            node.put("timeZone", tz);
        }
        return node;
    }

    /** The suffix Google puts after {@code _} in an instance id: {@code 20260302T090000Z} or {@code 20260302}. */
    static String instanceSuffix(ZonedDateTime originalStart, boolean allDay) {
        return allDay ? originalStart.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                : INSTANCE_STAMP.format(originalStart.toInstant());
    }

    private static ApiException missing(String field) {
        return ApiException.badRequest("required", "Missing " + field + " time.");
    }
}
