package touchbase.google.emulator.calendar.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expands recurring events into instances the way the Calendar API presents them: instance id
 * {@code {eventId}_{yyyyMMdd'T'HHmmss'Z'}} (or {@code _{yyyyMMdd}} for all-day), with
 * {@code recurringEventId} and {@code originalStartTime}; stored exceptions (modified or
 * cancelled instances) replace the generated instance at their original start.
 */
public final class Instances {

    /** One instance (or single event) with its start and end as instants. */
    public record Occurrence(ObjectNode event, Instant start, Instant end) {
        public boolean overlaps(Instant from, Instant to) {
            return (from == null || end.isAfter(from)) && (to == null || start.isBefore(to));
        }
    }

    private final CalendarStore store;

    public Instances(CalendarStore store) {
        this.store = store;
    }

    /** The event itself as an occurrence (a single event, or one stored exception). */
    public Occurrence single(StoredEvent event) {
        ZoneId zone = store.zoneOf(event.calendarId);
        return new Occurrence(event.json,
                EventTimes.zoned(event.json.get("start"), zone, "start").toInstant(),
                EventTimes.zoned(event.json.get("end"), zone, "end").toInstant());
    }

    /** The master's instances that overlap {@code [from, to)}, exceptions applied, by start. */
    public List<Occurrence> expand(StoredEvent master, Instant from, Instant to, boolean includeCancelled) {
        List<StoredEvent> exceptions = exceptionsOf(master);
        Set<Instant> replaced = exceptions.stream().map(this::originalStart).collect(Collectors.toSet());
        List<Occurrence> out = new ArrayList<>();
        for (ZonedDateTime start : starts(master, to)) {
            if (replaced.contains(start.toInstant())) {
                continue;
            }
            Occurrence occurrence = virtual(master, start);
            if (occurrence.overlaps(from, to)) {
                out.add(occurrence);
            }
        }
        for (StoredEvent exception : exceptions) {
            Occurrence occurrence = single(exception);
            if ((includeCancelled || !exception.cancelled()) && occurrence.overlaps(from, to)) {
                out.add(occurrence);
            }
        }
        out.sort(Comparator.comparing(Occurrence::start));
        return out;
    }

    /** The generated instance named {@code instanceId}, when the master has an occurrence there. */
    Optional<ObjectNode> virtualInstance(StoredEvent master, String instanceId) {
        String suffix = instanceId.substring(master.id().length() + 1);
        boolean allDay = EventTimes.allDay(master.json);
        ZonedDateTime first = masterStart(master);
        for (ZonedDateTime start : starts(master, farFuture(first))) {
            String candidate = EventTimes.instanceSuffix(start, allDay);
            if (candidate.equals(suffix)) {
                return Optional.of(virtual(master, start).event());
            }
            if (candidate.compareTo(suffix) > 0 && candidate.length() == suffix.length()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The latest instant that open-ended expansions reach: two years after now or the series start. */
    Instant horizon(Instant from) {
        Instant now = store.clock().instant();
        Instant base = from != null && from.isAfter(now) ? from : now;
        return base.plus(730, ChronoUnit.DAYS);
    }

    private Instant farFuture(ZonedDateTime first) {
        Instant horizon = horizon(null);
        return first.toInstant().isAfter(horizon) ? first.toInstant().plus(730, ChronoUnit.DAYS) : horizon;
    }

    private List<ZonedDateTime> starts(StoredEvent master, Instant to) {
        if (master.cancelled()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        master.json.get("recurrence").forEach(line -> lines.add(line.asString()));
        return Recurrence.parse(lines).starts(masterStart(master), to != null ? to : horizon(null));
    }

    private ZonedDateTime masterStart(StoredEvent master) {
        return EventTimes.zoned(master.json.get("start"), store.zoneOf(master.calendarId), "start");
    }

    private Occurrence virtual(StoredEvent master, ZonedDateTime start) {
        ZoneId zone = store.zoneOf(master.calendarId);
        JsonNode startTemplate = master.json.get("start");
        JsonNode endTemplate = master.json.get("end");
        ZonedDateTime masterStart = EventTimes.zoned(startTemplate, zone, "start");
        ZonedDateTime masterEnd = EventTimes.zoned(endTemplate, zone, "end");
        boolean allDay = EventTimes.allDay(master.json);
        ZonedDateTime end = allDay
                ? start.plusDays(ChronoUnit.DAYS.between(masterStart.toLocalDate(), masterEnd.toLocalDate()))
                : start.plus(Duration.between(masterStart, masterEnd));
        ObjectNode instance = master.json.deepCopy();
        instance.remove("recurrence");
        instance.put("id", master.id() + "_" + EventTimes.instanceSuffix(start, allDay));
        instance.put("recurringEventId", master.id());
        instance.set("originalStartTime", EventTimes.render(start, startTemplate));
        instance.set("start", EventTimes.render(start, startTemplate));
        instance.set("end", EventTimes.render(end.withZoneSameInstant(start.getZone()), endTemplate));
        return new Occurrence(instance, start.toInstant(), end.toInstant());
    }

    private List<StoredEvent> exceptionsOf(StoredEvent master) {
        return store.events(master.calendarId).stream()
                .filter(e -> master.id().equals(e.recurringEventId()))
                .toList();
    }

    private Instant originalStart(StoredEvent exception) {
        return EventTimes.zoned(exception.json.get("originalStartTime"), store.zoneOf(exception.calendarId),
                "originalStart").toInstant();
    }
}
