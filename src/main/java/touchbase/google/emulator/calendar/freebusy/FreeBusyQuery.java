package touchbase.google.emulator.calendar.freebusy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.calendar.events.CalendarStore;
import touchbase.google.emulator.calendar.events.Instances;
import touchbase.google.emulator.calendar.events.StoredEvent;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.http.QueryParams;

/**
 * freebusy.query. A calendar is busy during every opaque, non-cancelled occurrence of an event it
 * organizes or attends without having declined. Overlapping periods are merged and clipped to
 * the range. Limits: at most 50 items (400 {@code tooManyCalendarsRequested}; Google does not
 * document this case), timeMax after timeMin (400 {@code timeRangeEmpty}), at most 90 days
 * (400 {@code timeRangeTooLong}, the limit Cal.com observed). A calendar that is neither seeded
 * nor in the demo domain answers {@code errors:[{domain:global, reason:notFound}]}.
 */
public final class FreeBusyQuery {

    static final int MAX_ITEMS = 50;
    static final Duration MAX_RANGE = Duration.ofDays(90);

    private record Range(Instant from, Instant to) {
    }

    private record Busy(Instant start, Instant end) {
    }

    /** One occurrence in the queried range and the calendar whose event it is. */
    private record Placed(Instances.Occurrence occurrence, String organizerCalendar) {
    }

    private final CalendarStore store;
    private final Instances instances;

    public FreeBusyQuery(CalendarStore store, Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    public ObjectNode query(ObjectNode request, String requester) {
        Range range = range(request);
        ObjectNode response = Json.object();
        response.put("kind", "calendar#freeBusy");
        response.put("timeMin", Json.millis(range.from()));
        response.put("timeMax", Json.millis(range.to()));
        ObjectNode calendars = response.putObject("calendars");
        List<Placed> occurrences = occurrences(range.from(), range.to());
        for (JsonNode item : request.path("items")) {
            String id = Json.text(item, "id");
            if (id != null) {
                calendars.set(id, calendar("primary".equals(id) ? requester : id, occurrences, range));
            }
        }
        return response;
    }

    /** The queried range, checked in Google's order: both bounds given and RFC 3339, item count, order, length. */
    private static Range range(ObjectNode request) {
        String timeMinText = Json.text(request, "timeMin");
        String timeMaxText = Json.text(request, "timeMax");
        if (timeMinText == null) {
            throw ApiException.badRequest("required", "Missing timeMin parameter.");
        }
        if (timeMaxText == null) {
            throw ApiException.badRequest("required", "Missing timeMax parameter.");
        }
        Range range = new Range(QueryParams.rfc3339(timeMinText, "timeMin"), QueryParams.rfc3339(timeMaxText, "timeMax"));
        if (request.path("items").size() > MAX_ITEMS) {
            throw ApiException.badRequest("tooManyCalendarsRequested", "The number of calendars requested is too large.");
        }
        if (!range.to().isAfter(range.from())) {
            throw ApiException.badRequest("timeRangeEmpty", "The specified time range is empty.");
        }
        if (Duration.between(range.from(), range.to()).compareTo(MAX_RANGE) > 0) {
            throw ApiException.badRequest("timeRangeTooLong", "The requested time range is too long.");
        }
        return range;
    }

    /** One calendar's answer: its merged busy periods, or {@code notFound} when no such calendar exists. */
    private ObjectNode calendar(String calendarId, List<Placed> occurrences, Range range) {
        ObjectNode calendar = Json.object();
        if (!store.seed().knows(calendarId)) {
            calendar.putArray("errors").addObject().put("domain", "global").put("reason", "notFound");
            calendar.putArray("busy");
            return calendar;
        }
        ArrayNode busy = calendar.putArray("busy");
        for (Busy period : busy(occurrences, calendarId, range.from(), range.to())) {
            busy.addObject().put("start", Json.seconds(period.start())).put("end", Json.seconds(period.end()));
        }
        return calendar;
    }

    /** Every event's occurrences in the range, expanded once per query rather than once per calendar. */
    private List<Placed> occurrences(Instant from, Instant to) {
        List<Placed> placed = new ArrayList<>();
        for (StoredEvent event : store.allEvents()) {
            if (event.recurringEventId() != null || event.cancelled()) {
                continue;
            }
            List<Instances.Occurrence> occurrences = event.recurring()
                    ? instances.expand(event, from, to, false)
                    : List.of(instances.single(event));
            for (Instances.Occurrence occurrence : occurrences) {
                if (occurrence.overlaps(from, to)) {
                    placed.add(new Placed(occurrence, event.calendarId()));
                }
            }
        }
        return placed;
    }

    private static List<Busy> busy(List<Placed> occurrences, String calendarId, Instant from, Instant to) {
        List<Busy> periods = new ArrayList<>();
        for (Placed placed : occurrences) {
            Instances.Occurrence occurrence = placed.occurrence();
            if (blocks(occurrence.event(), placed.organizerCalendar(), calendarId)) {
                periods.add(new Busy(max(occurrence.start(), from), min(occurrence.end(), to)));
            }
        }
        return merge(periods);
    }

    private static boolean blocks(JsonNode event, String organizerCalendar, String calendarId) {
        if ("transparent".equals(Json.text(event, "transparency")) || "cancelled".equals(Json.text(event, "status"))) {
            return false;
        }
        for (JsonNode attendee : event.path("attendees")) {
            if (calendarId.equalsIgnoreCase(Json.text(attendee, "email"))) {
                return !"declined".equals(Json.text(attendee, "responseStatus"));
            }
        }
        return organizerCalendar.equalsIgnoreCase(calendarId);
    }

    private static List<Busy> merge(List<Busy> periods) {
        periods.sort(Comparator.comparing(Busy::start));
        List<Busy> merged = new ArrayList<>();
        for (Busy period : periods) {
            Busy last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Busy(last.start(), max(last.end(), period.end())));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
