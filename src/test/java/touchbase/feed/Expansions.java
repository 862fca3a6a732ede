package touchbase.feed;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.TimezoneAssignment;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * What a calendar reader makes of a feed: the start of every occurrence of every event in a window,
 * by UID, with EXDATEs removed, RECURRENCE-ID overrides applied and cancelled events gone. Done twice,
 * with ical4j and with biweekly (an independent parser and recurrence engine), so a feed that only one
 * of them reads right fails.
 */
public final class Expansions {

    private Expansions() {
    }

    public static Map<String, List<Instant>> ical4j(String text, Instant from, Instant to) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        Map<String, Set<Instant>> byUid = new TreeMap<>();
        Map<String, Map<Instant, Instant>> overrides = new HashMap<>();
        Set<String> cancelled = new HashSet<>();
        for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
            String uid = event.getProperty(Property.UID).orElseThrow().getValue();
            if (event.getProperty(Property.STATUS).map(p -> p.getValue().equals("CANCELLED")).orElse(false)) {
                cancelled.add(uid);
                continue;
            }
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.computeIfAbsent(uid, key -> new HashMap<>()).put(
                        instant(event.getProperty(Property.RECURRENCE_ID).orElseThrow()),
                        instant(event.getProperty(Property.DTSTART).orElseThrow()));
                continue;
            }
            Set<Period<Temporal>> periods = event.calculateRecurrenceSet(
                    new Period<>(from.minusSeconds(86_400 * 40).atZone(ZoneOffset.UTC), to.plusSeconds(86_400 * 40).atZone(ZoneOffset.UTC)));
            Set<Instant> starts = byUid.computeIfAbsent(uid, key -> new TreeSet<>());
            periods.forEach(period -> starts.add(Instant.from(period.getStart())));
        }
        return applied(byUid, overrides, cancelled, from, to);
    }

    public static Map<String, List<Instant>> biweekly(String text, Instant from, Instant to) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar ical = Biweekly.parse(text).warnings(warnings).first();
        if (warnings.stream().anyMatch(list -> !list.isEmpty())) {
            throw new AssertionError("biweekly warns: " + warnings);
        }
        Map<String, Set<Instant>> byUid = new TreeMap<>();
        Map<String, Map<Instant, Instant>> overrides = new HashMap<>();
        Set<String> cancelled = new HashSet<>();
        for (biweekly.component.VEvent event : ical.getEvents()) {
            String uid = event.getUid().getValue();
            if (event.getStatus() != null && event.getStatus().isCancelled()) {
                cancelled.add(uid);
                continue;
            }
            if (event.getRecurrenceId() != null) {
                overrides.computeIfAbsent(uid, key -> new HashMap<>()).put(
                        event.getRecurrenceId().getValue().toInstant(), event.getDateStart().getValue().toInstant());
                continue;
            }
            TimezoneAssignment zone = ical.getTimezoneInfo().getTimezone(event.getDateStart());
            DateIterator dates = event.getDateIterator(zone == null ? TimeZone.getTimeZone("UTC") : zone.getTimeZone());
            Set<Instant> starts = byUid.computeIfAbsent(uid, key -> new TreeSet<>());
            while (dates.hasNext()) {
                Date next = dates.next();
                if (next.toInstant().isAfter(to.plusSeconds(86_400 * 40))) {
                    break;
                }
                starts.add(next.toInstant());
            }
        }
        return applied(byUid, overrides, cancelled, from, to);
    }

    private static Map<String, List<Instant>> applied(Map<String, Set<Instant>> byUid,
            Map<String, Map<Instant, Instant>> overrides, Set<String> cancelled, Instant from, Instant to) {
        Map<String, List<Instant>> result = new TreeMap<>();
        byUid.forEach((uid, starts) -> {
            if (cancelled.contains(uid)) {
                return;
            }
            Set<Instant> held = new TreeSet<>();
            Map<Instant, Instant> moved = overrides.getOrDefault(uid, Map.of());
            for (Instant start : starts) {
                held.add(moved.getOrDefault(start, start));
            }
            held.removeIf(start -> start.isBefore(from) || !start.isBefore(to));
            result.put(uid, List.copyOf(held));
        });
        return result;
    }

    private static Instant instant(Property property) {
        return Instant.from(((DateProperty<?>) property).getDate());
    }
}
