package touchbase.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.junit.jupiter.api.Test;
import touchbase.planning.zones.TimeZones;

/**
 * ical4j registers zones of its own with Java's zone database, more of them once a zone is looked up
 * (as every feed does), some with no rules: none of them is a time zone a person can be in.
 */
class Ical4jZonesTest {

    @Test
    void ical4jsOwnZonesAreRefusedOnceAFeedHasLookedUpAZone() {
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("America/New_York");
        List<String> ical4js = ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith("ical4j")).toList();

        assertThat(ical4js).as("ical4j's zones, which ZoneId.of accepts").isNotEmpty();
        assertThat(ical4js).allSatisfy(id -> {
            assertThat(TimeZones.isReal(id)).as(id).isFalse();
            assertThatThrownBy(() -> TimeZones.of(id)).isInstanceOf(DateTimeException.class);
        });
    }

    @Test
    void regionsUtcAndOffsetsAreTimeZones() {
        assertThat(List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "+02:00", "Etc/GMT+5"))
                .allSatisfy(id -> assertThat(TimeZones.of(id)).isEqualTo(ZoneId.of(id)));
    }
}
