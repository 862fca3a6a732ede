package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import touchbase.domain.Interval;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/**
 * The grid's fast paths (cell starts by arithmetic away from offset changes, the first cell after a
 * second by arithmetic within a run of days on one offset, working hours judged once per kind of day on
 * fixed offsets, busy time marked as runs of cells) against the plain definitions they replace, cell by cell, over random zones (with
 * daylight-saving changes at odd hours and half hours), hours, horizons and busy times: the planner
 * (single and group) sees exactly the same cells, so it chooses exactly the same slots as before.
 */
class GridCellsProperties {

    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
            "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago", "Africa/Casablanca", "Asia/Tehran",
            "Pacific/Apia", "America/St_Johns", "UTC", "Pacific/Chatham");

    record Grid(String gridZone, long earliest, int weeks, int gridMinutes, int durationMinutes) {

        SlotGrid build() {
            Instant from = Instant.ofEpochSecond(earliest);
            return new SlotGrid(ZoneId.of(gridZone), from, from.plus(Duration.ofDays(7L * weeks)),
                    Duration.ofMinutes(gridMinutes), Duration.ofMinutes(durationMinutes));
        }
    }

    @Property(tries = 150)
    void cellStartsAreTheZonesWallClockTimesAndChangeDaysThoseNearAnOffsetChange(@ForAll("grids") Grid given) {
        SlotGrid grid = given.build();
        ZoneId zone = ZoneId.of(given.gridZone());
        long previous = Long.MIN_VALUE;
        for (int cell = 0; cell < grid.cells(); cell++) {
            LocalDate date = grid.date(grid.dayOf(cell));
            LocalTime time = grid.time(grid.slotOf(cell));
            ZonedDateTime start = ZonedDateTime.of(date, time, zone);
            long second = Math.max(previous, start.toEpochSecond());
            previous = second;
            assertThat(grid.start(cell)).as("cell %d on %s at %s", cell, date, time).isEqualTo(second);
            assertThat(grid.usable(cell)).as("cell %d on %s at %s", cell, date, time)
                    .isEqualTo(start.toLocalTime().equals(time) && start.toEpochSecond() >= grid.earliest
                            && start.toEpochSecond() + grid.durationSeconds <= grid.horizonEnd);
        }
        for (int day = 0; day < grid.days; day++) {
            ZonedDateTime midnight = grid.date(day).atStartOfDay(zone);
            Instant at = midnight.toInstant();
            ZoneOffsetTransition next = zone.getRules().nextTransition(at.minusSeconds(1));
            boolean change = !midnight.toLocalTime().equals(LocalTime.MIDNIGHT)
                    || next != null && next.getInstant().isBefore(at.plus(Duration.ofHours(26)));
            assertThat(grid.offsetChangesOn(day)).as("day %s", grid.date(day)).isEqualTo(change);
        }
    }

    @Property(tries = 150)
    void firstCellAfterIsTheFirstCellStartingLater(@ForAll("grids") Grid given,
            @ForAll("offsets") List<Long> seconds) {
        SlotGrid grid = given.build();
        for (long offset : seconds) {
            long second = given.earliest() + offset;
            int expected = 0;
            while (expected < grid.cells() && grid.start(expected) <= second) {
                expected++;
            }
            assertThat(grid.firstCellAfter(second)).as("after %s", Instant.ofEpochSecond(second)).isEqualTo(expected);
        }
    }

    @Property(tries = 150)
    void cellsInHoursAreTheCellsWhoseTouchBaseTheHoursContain(@ForAll("grids") Grid given,
            @ForAll("hours") WorkingHours hours, @ForAll("hours") WorkingHours others, @ForAll boolean narrowed) {
        SlotGrid grid = given.build();
        BitSet within = narrowed ? grid.cellsIn(others, null) : null;
        BitSet expected = new BitSet();
        for (int cell = 0; cell < grid.cells(); cell++) {
            Instant start = grid.startInstant(cell);
            if (grid.usable(cell) && (within == null || within.get(cell))
                    && hours.contains(start, start.plusSeconds(grid.durationSeconds))) {
                expected.set(cell);
            }
        }
        assertThat(grid.cellsIn(hours, within)).isEqualTo(expected);
    }

    @Property(tries = 150)
    void busyCellsAreTheStartsWhoseBufferedTouchBaseOverlapsABusyTime(@ForAll("grids") Grid given,
            @ForAll("busy") List<long[]> busy, @ForAll @IntRange(max = 30) int before, @ForAll @IntRange(max = 30) int after) {
        SlotGrid grid = given.build();
        PlanningRules rules = PlanningRules.defaults().withBuffers(Duration.ofMinutes(before), Duration.ofMinutes(after));
        BusyCells cells = new BusyCells(grid, rules);
        List<Interval> intervals = new ArrayList<>();
        for (long[] block : busy) {
            Instant start = Instant.ofEpochSecond(given.earliest() + block[0]);
            intervals.add(new Interval(start, start.plusSeconds(block[1])));
        }
        intervals.forEach(cells::add);
        for (int cell = 0; cell < grid.cells(); cell++) {
            long start = grid.start(cell);
            long from = start - before * 60L;
            long to = start + grid.durationSeconds + after * 60L;
            boolean clashes = intervals.stream()
                    .anyMatch(b -> b.start().getEpochSecond() < to && b.end().getEpochSecond() > from);
            assertThat(cells.clashes(cell)).as("cell %d at %s", cell, grid.startInstant(cell)).isEqualTo(clashes);
        }
    }

    @Provide
    Arbitrary<Grid> grids() {
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.longs().between(from, to),
                Arbitraries.integers().between(1, 30), Arbitraries.of(15, 30, 60), Arbitraries.of(15, 30, 45, 60))
                .as(Grid::new);
    }

    @Provide
    Arbitrary<List<Long>> offsets() {
        Arbitrary<Long> anywhere = Arbitraries.longs().between(-3 * 86_400L, 32L * 7 * 86_400);
        Arbitrary<Long> onTheGrid = Arbitraries.longs().between(-4, 32L * 7 * 96).map(step -> step * 900 + step % 3 - 1);
        return Arbitraries.oneOf(anywhere, onTheGrid).list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<WorkingHours> hours() {
        Arbitrary<TimeWindow> windows = Combinators.combine(Arbitraries.integers().between(0, 95),
                Arbitraries.integers().between(1, 64)).as((start, length) -> new TimeWindow(
                        LocalTime.ofSecondOfDay(start * 900L),
                        start + length >= 96 ? LocalTime.MAX : LocalTime.ofSecondOfDay((start + length) * 900L)));
        Arbitrary<List<List<TimeWindow>>> days = windows.list().ofMaxSize(2).list().ofSize(7);
        return Combinators.combine(Arbitraries.of(ZONES), days).as((zone, perDay) -> {
            Map<DayOfWeek, List<TimeWindow>> map = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                map.put(day, perDay.get(day.ordinal()));
            }
            return new WorkingHours(ZoneId.of(zone), map);
        });
    }

    @Provide
    Arbitrary<List<long[]>> busy() {
        return Combinators.combine(Arbitraries.longs().between(-86_400L, 31L * 7 * 86_400),
                Arbitraries.longs().between(1, 4 * 3_600L)).as((start, length) -> new long[] {start, length})
                .list().ofMaxSize(60);
    }
}
