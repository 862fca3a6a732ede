package touchbase.planning.zones;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time zones a person can be in: those of Java's own zone database (IANA regions such as
 * Europe/Berlin, UTC, fixed offsets). Once a calendar has been read or written, ical4j registers zones of
 * its own beside them ({@code ical4j~...} and {@code ical4j-local-N}, some with no rules at all):
 * {@code ZoneId.of} accepts those too, so every zone a person types goes through {@link #of}.
 */
public final class TimeZones {

    private static final String ICAL4J = "ical4j";

    private TimeZones() {
    }

    /**
     * The zone with this id.
     *
     * @throws DateTimeException when it is no zone of Java's database (unknown, malformed or ical4j's own)
     */
    public static ZoneId of(String id) {
        ZoneId zone = ZoneId.of(id);
        if (!(zone instanceof ZoneOffset) && (zone.getId().regionMatches(true, 0, ICAL4J, 0, ICAL4J.length())
                || zone.getRules() == null)) {
            throw new DateTimeException("\"" + id + "\" is a calendar library's own zone, not a time zone");
        }
        return zone;
    }

    /** Whether {@code id} names a zone of Java's database ({@link #of} accepts it). */
    public static boolean isReal(String id) {
        try {
            of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
