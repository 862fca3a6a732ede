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
import java.util.Arrays;
import java.util.BitSet;
import touchbase.domain.WorkingHours;
import touchbase.planning.zones.HoursRuns;
import touchbase.planning.zones.ZoneChanges;

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
    private final long firstLocal;
    private final long[] starts;
    private final BitSet usable;
    private final BitSet changeDays = new BitSet();
    /**
     * Runs of whole days whose starts are {@code base + cell * step} (away from offset changes), in threes:
     * the first start, the last start and the base; there {@link #firstCellAfter} needs no walk.
     */
    private long[] arithmetic = new long[0];

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
        this.firstLocal = firstDay.toEpochDay() * 86_400L;
        this.starts = new long[days * slotsPerDay];
        this.usable = new BitSet(starts.length);
        fill(grid.toSeconds());
    }

    private void fill(long gridSeconds) {
        long previous = Long.MIN_VALUE;
        ZoneChanges changes = new ZoneChanges(zone.getRules(), firstLocal - 2 * 86_400L, firstLocal + (days + 2L) * 86_400L);
        for (int day = 0; day < days; day++) {
            long local = firstLocal + day * 86_400L;
            long midnight = changes.steady(local - 2 * 86_400L, local + 2 * 86_400L)
                    ? local - changes.offset() : steadyMidnight(local, changes);
            changeDays.set(day, midnight == Long.MIN_VALUE);
            previous = midnight != Long.MIN_VALUE ? fillSteady(day, midnight, gridSeconds, previous)
                    : fillChanging(day, gridSeconds, previous, changes);
            if (midnight != Long.MIN_VALUE && starts[cell(day, 0)] == midnight && starts.length * gridSeconds < Integer.MAX_VALUE) {
                noteArithmetic(day, midnight - (long) cell(day, 0) * gridSeconds);
            }
        }
    }

    /** A day whose starts are {@code base + cell * step}: extends the run of the day before, or opens one. */
    private void noteArithmetic(int day, long base) {
        int length = arithmetic.length;
        long last = starts[cell(day, slotsPerDay - 1)];
        if (length > 0 && arithmetic[length - 1] == base && arithmetic[length - 2] == starts[cell(day, 0) - 1]) {
            arithmetic[length - 2] = last;
            return;
        }
        arithmetic = Arrays.copyOf(arithmetic, length + 3);
        arithmetic[length] = starts[cell(day, 0)];
        arithmetic[length + 1] = last;
        arithmetic[length + 2] = base;
    }

    /**
     * A day whose offset holds: every start is midnight plus its wall-clock seconds (never before the
     * previous day's last, but for a day after a change that ends later), the usable ones a run.
     */
    private long fillSteady(int day, long midnight, long gridSeconds, long previous) {
        int first = day * slotsPerDay;
        if (previous <= midnight) {
            long start = midnight;
            for (int cell = first; cell < first + slotsPerDay; cell++) {
                starts[cell] = start;
                start += gridSeconds;
            }
            previous = starts[first + slotsPerDay - 1];
        } else {
            for (int slot = 0; slot < slotsPerDay; slot++) {
                previous = Math.max(previous, midnight + slot * gridSeconds);
                starts[first + slot] = previous;
            }
        }
        long from = Math.max(0, -Math.floorDiv(midnight - earliest, gridSeconds));
        long to = Math.min(slotsPerDay, Math.floorDiv(horizonEnd - durationSeconds - midnight, gridSeconds) + 1);
        if (from < to) {
            usable.set(first + (int) from, first + (int) to);
        }
        return previous;
    }

    /**
     * A day the offset changes: each start as the zone's rules resolve its wall-clock time (the changes
     * listed once); a local time in the gap is not usable.
     */
    private long fillChanging(int day, long gridSeconds, long previous, ZoneChanges changes) {
        for (int slot = 0; slot < slotsPerDay; slot++) {
            long local = firstLocal + day * 86_400L + slot * gridSeconds;
            long second = changes.resolve(local);
            int cell = day * slotsPerDay + slot;
            previous = Math.max(previous, second);
            starts[cell] = previous;
            if (changes.exists(local) && second >= earliest && second + durationSeconds <= horizonEnd) {
                usable.set(cell);
            }
        }
        return previous;
    }

    /**
     * Near an offset change: the epoch second of the local midnight when it exists and no change falls
     * within 26 hours of it, or {@code Long.MIN_VALUE}.
     */
    private long steadyMidnight(long local, ZoneChanges changes) {
        long start = changes.resolve(local);
        return changes.exists(local) && !changes.changesWithin(start, start + 26 * 3_600L) ? start : Long.MIN_VALUE;
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

    /** The usable cells among the given ones (a new set). */
    BitSet usableAmong(BitSet cells) {
        BitSet among = (BitSet) usable.clone();
        among.and(cells);
        return among;
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
     * The first cell starting strictly after the epoch second (cell starts never decrease). Within a run of
     * days on one offset, by arithmetic alone; elsewhere cells are a grid step apart but for the few an
     * offset change shifts, so the guess by arithmetic is at most a few cells off and a short walk finds it.
     */
    int firstCellAfter(long epochSecond) {
        for (int run = 0; run < arithmetic.length; run += 3) {
            if (epochSecond < arithmetic[run + 1]) {
                if (epochSecond >= arithmetic[run]) {
                    return (int) (epochSecond - arithmetic[run + 2]) / (int) gridSeconds + 1;
                }
                break;
            }
        }
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

    /**
     * Usable cells whose touch-base lies in the hours (only among {@code within}, when given). On a day
     * when neither the grid's zone nor the hours' zone changes its offset (through the day's last
     * touch-base) every start is the day's first plus whole grid steps on fixed offsets, so the slots
     * in the hours are the same on every day of the same weekday and offsets (their difference): worked
     * out once per such kind of day, by arithmetic on each window ({@link HoursRuns}), and set as runs.
     */
    BitSet cellsIn(WorkingHours hours, BitSet within) {
        BitSet cells = new BitSet(cells());
        BitSet candidates = within != null ? within : usable;
        ZoneChanges changes = new ZoneChanges(hours.zone().getRules(), firstSecond(), lastSecond() + 86_400L + durationSeconds);
        int[][] kinds = new int[7][];
        long[] shifts = new long[7];
        for (int day = 0; day < days; day++) {
            int first = cell(day, 0);
            int cell = candidates.nextSetBit(first);
            if (cell < 0 || cell >= first + slotsPerDay) {
                continue;
            }
            long from = start(first);
            if (!changes.steady(from, from + 86_400L + durationSeconds) || offsetChangesOn(day)) {
                for (; cell >= 0 && cell < first + slotsPerDay; cell = candidates.nextSetBit(cell + 1)) {
                    cells.set(cell, usable(cell) && inHours(hours, start(cell), changes));
                }
                continue;
            }
            long shift = from + changes.offset() - (firstLocal + day * 86_400L);
            if (kinds[day % 7] == null || shifts[day % 7] != shift) {
                kinds[day % 7] = HoursRuns.of(hours, from + changes.offset(), slotsPerDay, gridSeconds, durationSeconds);
                shifts[day % 7] = shift;
            }
            int[] runs = kinds[day % 7];
            for (int run = 0; run < runs.length; run += 2) {
                cells.set(first + runs[run], first + runs[run + 1]);
            }
        }
        cells.and(candidates);
        cells.and(usable);
        return cells;
    }

    private long firstSecond() {
        return starts.length == 0 ? earliest : starts[0];
    }

    private long lastSecond() {
        return starts.length == 0 ? earliest : starts[starts.length - 1];
    }

    /** {@link WorkingHours#contains} for a touch-base at the start, with the offsets from the hours' zone's listed changes. */
    private boolean inHours(WorkingHours hours, long startSecond, ZoneChanges changes) {
        long endSecond = startSecond + durationSeconds;
        return hours.containsLocal(startSecond + changes.offsetAt(startSecond), endSecond + changes.offsetAt(endSecond));
    }
}
