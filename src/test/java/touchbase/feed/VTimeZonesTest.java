package touchbase.feed;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.TimezoneAssignment;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;

/**
 * The VTIMEZONEs the feed writes give the offsets java.time has, for every zone it knows, as ical4j
 * and biweekly read them, over two years, a day or more away from each change (both readers' own
 * TimeZone views place a change up to several hours off; the event expansions in
 * {@link FeedOccurrencesTest} check the exact instants across changes).
 */
class VTimeZonesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    /**
     * Zones biweekly is asked about too. Not all: for some ids (Africa/Windhoek) biweekly answers from
     * the JVM's legacy java.util.TimeZone rather than from the VTIMEZONE it was given.
     */
    private static final java.util.Set<String> CHECKED_BY_BIWEEKLY = java.util.Set.of("Europe/London",
            "Europe/Berlin", "America/New_York", "America/Chicago", "America/Sao_Paulo", "America/Santiago",
            "Australia/Sydney", "Australia/Tasmania", "Pacific/Auckland", "Asia/Kolkata", "Asia/Tokyo",
            "Africa/Cairo", "Asia/Jerusalem", "Pacific/Chatham");

    @Test
    void everyZoneHasAVtimezoneWhoseOffsetsMatchJavaTimeOverTwoYears() {
        for (String id : java.time.zone.ZoneRulesProvider.getAvailableZoneIds()) {
            if (!id.contains("/") || id.startsWith("ical4j") || id.startsWith("Etc/")) {
                continue;
            }
            ZoneId zone = ZoneId.of(id);
            Calendar calendar = new Calendar();
            calendar.add(new ProdId("-//test//EN"));
            calendar.add(ImmutableVersion.VERSION_2_0);
            net.fortuna.ical4j.model.component.VTimeZone written = VTimeZones.of(zone, FROM);
            calendar.add(written);
            TimeZone byIcal4j = new net.fortuna.ical4j.model.TimeZone(written);
            ICalendar parsed = Biweekly.parse(calendar.toString()).first();
            TimezoneAssignment assignment = parsed.getTimezoneInfo().getTimezoneById(id);
            assertThat(assignment).as(id).isNotNull();
            TimeZone read = assignment.getTimeZone();
            for (Instant at = FROM; at.isBefore(FROM.plus(730, ChronoUnit.DAYS)); at = at.plus(5, ChronoUnit.DAYS)) {
                int expected = zone.getRules().getOffset(at).getTotalSeconds();
                if (expected != zone.getRules().getOffset(at.minus(1, ChronoUnit.DAYS)).getTotalSeconds()
                        || expected != zone.getRules().getOffset(at.plus(1, ChronoUnit.DAYS)).getTotalSeconds()) {
                    continue;
                }
                assertThat(byIcal4j.getOffset(at.toEpochMilli()) / 1000).as("ical4j: %s at %s", id, at)
                        .isEqualTo(expected);
                if (CHECKED_BY_BIWEEKLY.contains(id)) {
                    assertThat(read.getOffset(at.toEpochMilli()) / 1000).as("biweekly: %s at %s", id, at)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
