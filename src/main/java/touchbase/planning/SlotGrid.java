package touchbase.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import touchbase.domain.WorkingHours;

/**
 * Every possible start time of a touch-base over the horizon, in the account's zone: day by day
 * from the Monday of the first week, one cell per grid step of wall-clock time. Cell starts are
 * computed once with the zone's rules, so each occurrence keeps its wall-clock time across
 * daylight-saving changes; a local time that does not exist (the spring-forward gap) is not a
 * usable cell. The grid covers whole weeks: day {@code d} lies in week {@code d / 7} (Monday to
 * Sunday), so touch-bases booked late in the last week still count against its cap.
 */
final class SlotGrid {

    final ZoneId zone;
    final LocalDate firstDay;
    final int days;
    final int slotsPerDay;
    final long durationSeconds;
    final long earliest;
    final long horizonEnd;
    private final long gridSeconds;
    private final long[] starts;
    private final BitSet usable;
    private final BitSet changeDays = new BitSet();

    SlotGrid(ZoneId zone, Instant earliest, Instant horizonEnd, Duration grid, Duration duration) {
        this.zone = zone;
        this.earliest = earliest.getEpochSecond();
        this.horizonEnd = horizonEnd.getEpochSecond();
        this.durationSeconds = duration.toSeconds();
        this.firstDay = earliest.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastDay = horizonEnd.atZone(zone).toLocalDate();
        int spanned = (int) Math.max(1, ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
        this.days = (spanned + 6) / 7 * 7;
        this.slotsPerDay = (int) (Duration.ofDays(1).toSeconds() / grid.toSeconds());
        this.gridSeconds = grid.toSeconds();
        this.starts = new long[days * slotsPerDay];
        this.usable = new BitSet(starts.length);
        fill(grid.toSeconds());
    }

    private void fill(long gridSeconds) {
        long previous = Long.MIN_VALUE;
        for (int day = 0; day < days; day++) {
            LocalDate date = firstDay.plusDays(day);
            long midnight = steadyMidnight(date);
            changeDays.set(day, midnight == Long.MIN_VALUE);
            for (int slot = 0; slot < slotsPerDay; slot++) {
                long second;
                boolean exists = true;
                if (midnight != Long.MIN_VALUE) {
                    second = midnight + slot * gridSeconds;
                } else {
                    LocalTime time = LocalTime.ofSecondOfDay(slot * gridSeconds);
                    ZonedDateTime start = ZonedDateTime.of(date, time, zone);
                    second = start.toEpochSecond();
                    exists = start.toLocalTime().equals(time);
                }
                int cell = day * slotsPerDay + slot;
                starts[cell] = Math.max(previous, second);
                previous = starts[cell];
                if (exists && second >= earliest && second + durationSeconds <= horizonEnd) {
                    usable.set(cell);
                }
            }
        }
    }

    /**
     * The epoch second of the date's midnight when the offset holds all day (so every start is
     * midnight plus its wall-clock seconds), or {@code Long.MIN_VALUE} on a day the offset changes.
     */
    private long steadyMidnight(LocalDate date) {
        ZonedDateTime midnight = date.atStartOfDay(zone);
        if (!midnight.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Long.MIN_VALUE;
        }
        Instant start = midnight.toInstant();
        ZoneOffsetTransition next = zone.getRules().nextTransition(start.minusSeconds(1));
        if (next != null && next.getInstant().isBefore(start.plus(Duration.ofHours(26)))) {
            return Long.MIN_VALUE;
        }
        return start.getEpochSecond();
    }

    /** Whether the zone's offset changes on this day (then wall-clock arithmetic needs the zone rules). */
    boolean offsetChangesOn(int day) {
        return changeDays.get(day);
    }

    int cells() {
        return starts.length;
    }

    int cell(int day, int slot) {
        return day * slotsPerDay + slot;
    }

    int dayOf(int cell) {
        return cell / slotsPerDay;
    }

    int slotOf(int cell) {
        return cell % slotsPerDay;
    }

    static int weekOf(int day) {
        return day / 7;
    }

    /** Whether an occurrence may start here: a real local time, after the notice, ending within the horizon. */
    boolean usable(int cell) {
        return usable.get(cell);
    }

    long start(int cell) {
        return starts[cell];
    }

    Instant startInstant(int cell) {
        return Instant.ofEpochSecond(starts[cell]);
    }

    ZonedDateTime zonedStart(int cell) {
        return startInstant(cell).atZone(zone);
    }

    LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    LocalTime time(int slot) {
        return LocalTime.ofSecondOfDay(slot * (86_400L / slotsPerDay));
    }

    /** The grid day of an instant's local date, or -1 outside the grid. */
    int dayOf(Instant instant) {
        long day = ChronoUnit.DAYS.between(firstDay, instant.atZone(zone).toLocalDate());
        return day >= 0 && day < days ? (int) day : -1;
    }

    /** The grid day of a date, or -1 outside the grid. */
    int dayOf(LocalDate date) {
        long day = ChronoUnit.DAYS.between(firstDay, date);
        return day >= 0 && day < days ? (int) day : -1;
    }

    /**
     * The first cell starting strictly after the epoch second (cell starts never decrease). Cells are a
     * grid step apart but for the few an offset change shifts, so the guess by arithmetic is at most a
     * few cells off and a short walk finds the answer.
     */
    int firstCellAfter(long epochSecond) {
        if (starts.length == 0) {
            return 0;
        }
        long guess = Math.floorDiv(epochSecond - starts[0], gridSeconds);
        int at = (int) Math.max(0, Math.min(starts.length - 1, guess));
        while (at > 0 && starts[at - 1] > epochSecond) {
            at--;
        }
        while (at < starts.length && starts[at] <= epochSecond) {
            at++;
        }
        return at;
    }

    /** Usable cells whose touch-base lies in the hours (only among {@code within}, when given). */
    BitSet cellsIn(WorkingHours hours, BitSet within) {
        BitSet cells = new BitSet(cells());
        Map<Long, boolean[]> patterns = new HashMap<>();
        for (int day = 0; day < days; day++) {
            boolean[] open = steadyPattern(hours, day, patterns);
            for (int slot = 0; slot < slotsPerDay; slot++) {
                int cell = cell(day, slot);
                if (usable(cell) && (within == null || within.get(cell))
                        && (open != null ? open[slot] : inHours(hours, start(cell)))) {
                    cells.set(cell);
                }
            }
        }
        return cells;
    }

    /**
     * On a day when neither the grid's zone nor the hours' zone changes its offset (through the last
     * touch-base of the day), which slots lie in the hours: the same on every such day with the same
     * weekday and offsets, so it is worked out once per kind of day; null on a day with a change.
     */
    private boolean[] steadyPattern(WorkingHours hours, int day, Map<Long, boolean[]> patterns) {
        if (offsetChangesOn(day)) {
            return null;
        }
        ZoneRules rules = hours.zone().getRules();
        Instant from = startInstant(cell(day, 0));
        ZoneOffsetTransition next = rules.nextTransition(from);
        if (next != null && next.getInstant().isBefore(from.plusSeconds(86_400L + durationSeconds))) {
            return null;
        }
        long key = ((day % 7) * 200_000L + rules.getOffset(from).getTotalSeconds() + 100_000) * 200_000L
                + zone.getRules().getOffset(from).getTotalSeconds() + 100_000;
        return patterns.computeIfAbsent(key, any -> {
            boolean[] open = new boolean[slotsPerDay];
            for (int slot = 0; slot < slotsPerDay; slot++) {
                open[slot] = inHours(hours, start(cell(day, slot)));
            }
            return open;
        });
    }

    private boolean inHours(WorkingHours hours, long startSecond) {
        return hours.contains(Instant.ofEpochSecond(startSecond), Instant.ofEpochSecond(startSecond + durationSeconds));
    }
}
