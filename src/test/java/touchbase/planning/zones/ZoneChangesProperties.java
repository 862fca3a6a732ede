package touchbase.planning.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * What the planner's grid reads from a zone's listed changes against the zone rules themselves, over
 * every zone of the JDK's time-zone database: the offset at a second, whether a change falls in a span, and the epoch
 * second of a local time as {@code ZonedDateTime.of} resolves it (and whether it exists), for local
 * times anywhere in the span and within two hours of each change.
 */
class ZoneChangesProperties {

    private static final long DAY = 86_400L;

    @Property(tries = 400)
    void offsetsChangesAndLocalTimesAreTheZoneRules(@ForAll("zones") String zoneId,
            @ForAll @LongRange(min = 1_577_836_800L, max = 1_893_456_000L) long from, @ForAll @IntRange(min = 5, max = 400) int days,
            @ForAll("seconds") List<Long> picks) {
        ZoneId zone = ZoneId.of(zoneId);
        ZoneRules rules = zone.getRules();
        long until = from + days * DAY;
        ZoneChanges changes = new ZoneChanges(rules, from, until);
        List<Long> locals = new ArrayList<>();
        for (ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from + 2 * DAY));
                next != null && next.toEpochSecond() < until - 2 * DAY; next = rules.nextTransition(next.getInstant())) {
            for (long around = -7_200; around <= 7_200; around += 900) {
                locals.add(next.toEpochSecond() + next.getOffsetBefore().getTotalSeconds() + around);
            }
        }
        picks.forEach(pick -> locals.add(from + 2 * DAY + Math.floorMod(pick, (days - 4) * DAY)));
        for (long local : locals) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            ZonedDateTime resolved = ZonedDateTime.of(time, zone);
            assertThat(changes.resolve(local)).as("%s in %s", time, zone).isEqualTo(resolved.toEpochSecond());
            assertThat(changes.exists(local)).as("%s in %s", time, zone).isEqualTo(resolved.toLocalDateTime().equals(time));
            long second = Math.max(from, Math.min(until - DAY - 1, local - DAY / 2));
            assertThat(changes.offsetAt(second)).as("offset at %s", Instant.ofEpochSecond(second))
                    .isEqualTo(rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds());
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(second - 1));
            assertThat(changes.changesWithin(second, second + DAY)).as("a change within a day of %s", Instant.ofEpochSecond(second))
                    .isEqualTo(next != null && next.toEpochSecond() < second + DAY);
        }
    }

    @Provide
    Arbitrary<String> zones() {
        // the JDK's zones (ical4j adds zones of its own to the same list, some without rules, while other tests run)
        return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().filter(TimeZones::isReal).sorted().toList());
    }

    @Provide
    Arbitrary<List<Long>> seconds() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2).list().ofMaxSize(40);
    }
}
