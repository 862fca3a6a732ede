package touchbase.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar documents with ical4j: the subscribable feed (no METHOD; RFC 7986 NAME and
 * REFRESH-INTERVAL, and their older X-WR-CALNAME and X-PUBLISHED-TTL spellings that Apple and Outlook
 * read) and one series as a file ({@code METHOD:PUBLISH}, RFC 5546 section 3.2.1). Every TZID used has its
 * VTIMEZONE. Lines end in CRLF and are folded at 75 octets ({@link OctetFolding}).
 */
final class IcsDocuments {

    static final String PRODID = "-//Touchbase//Touch-base feed 1.0//EN";
    static final java.time.Duration REFRESH = java.time.Duration.ofHours(1);

    private IcsDocuments() {
    }

    /** One series' events, ready to write, with the zone its times are in. */
    record Written(List<VEvent> events, ZoneId zone, Instant firstStart) {
    }

    static byte[] feed(String calendarName, List<Written> series) {
        Calendar calendar = header(calendarName);
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        return write(calendar, series);
    }

    static byte[] publish(String calendarName, Written series) {
        Calendar calendar = header(calendarName);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        return write(calendar, List.of(series));
    }

    private static Calendar header(String calendarName) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(calendarName));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        return calendar;
    }

    private static byte[] write(Calendar calendar, List<Written> series) {
        Map<ZoneId, Instant> earliestByZone = new LinkedHashMap<>();
        series.stream().sorted(Comparator.comparing(Written::firstStart)).forEach(written -> {
            if (!(written.zone().normalized() instanceof ZoneOffset)) {
                earliestByZone.putIfAbsent(written.zone(), written.firstStart());
            }
        });
        earliestByZone.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ZoneId::getId)))
                .forEach(zone -> calendar.add(VTimeZones.of(zone.getKey(), zone.getValue())));
        series.forEach(written -> written.events().forEach(calendar::add));
        return OctetFolding.fold(unfolded(calendar));
    }

    /** The calendar's content lines, unfolded, each ending in CRLF. */
    static String unfolded(Calendar calendar) {
        return calendar.toString();
    }

}
