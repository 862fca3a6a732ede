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
    /** 2^64 / step rounded up: below 2^31, {@code multiplyHigh(seconds, perStep)} is {@code seconds / step} (no division). */
    private final long perStep;
    private final int cells;
    private final BitSet usable;
    private final BitSet changeDays = new BitSet();
    /** Runs of whole days whose starts are {@code base + cell * step} (away from offset changes): first cell, last, base. */
    private long[] runs = new long[0];
    /** The starts of the days outside the runs (near a change), a day's slots together, and where each day's begin. */
    private long[] table = new long[0];
    private int tableSize;
    private final int[] tableAt;

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
        this.perStep = Long.divideUnsigned(-1L, gridSeconds) + 1;
        this.cells = days * slotsPerDay;
        this.usable = new BitSet(cells);
        this.tableAt = new int[days];
        fill(grid.toSeconds());
    }

    private void fill(long gridSeconds) {
        long previous = Long.MIN_VALUE;
        ZoneChanges changes = new ZoneChanges(zone.getRules(), firstLocal - 2 * 86_400L, firstLocal + (days + 2L) * 86_400L);
        boolean small = cells * gridSeconds < Integer.MAX_VALUE;
        for (int day = 0; day < days; day++) {
            long local = firstLocal + day * 86_400L;
            long midnight = changes.steady(local - 2 * 86_400L, local + 2 * 86_400L)
                    ? local - changes.offset() : steadyMidnight(local, changes);
            changeDays.set(day, midnight == Long.MIN_VALUE);
            if (midnight != Long.MIN_VALUE && previous <= midnight && small) {
                noteRun(day, midnight - cell(day, 0) * gridSeconds);
                long from = Math.max(0, -Math.floorDiv(midnight - earliest, gridSeconds));
                long to = Math.min(slotsPerDay, Math.floorDiv(horizonEnd - durationSeconds - midnight, gridSeconds) + 1);
                if (from < to) {
                    usable.set(cell(day, (int) from), cell(day, (int) to));
                }
                previous = midnight + (slotsPerDay - 1) * gridSeconds;
            } else {
                previous = fillTable(day, midnight, previous, changes);
            }
        }
    }

    /** A day whose starts are {@code base + cell * step}: extends the run of the day before, or opens one. */
    private void noteRun(int day, long base) {
        int length = runs.length;
        if (length > 0 && runs[length - 1] == base && runs[length - 2] == cell(day, 0) - 1) {
            runs[length - 2] = cell(day, slotsPerDay - 1);
            return;
        }
        runs = Arrays.copyOf(runs, length + 3);
        runs[length] = cell(day, 0);
        runs[length + 1] = cell(day, slotsPerDay - 1);
        runs[length + 2] = base;
    }

    /**
     * A day kept in the table: each start is midnight plus its wall-clock seconds on a steady day
     * ({@code midnight} given), or else as the zone's rules resolve its wall-clock time (the changes
     * listed once), never before the start before it; a local time in the gap is not usable.
     */
    private long fillTable(int day, long midnight, long previous, ZoneChanges changes) {
        tableAt[day] = tableSize;
        tableSize += slotsPerDay;
        if (tableSize > table.length) {
            table = Arrays.copyOf(table, Math.max(tableSize, 2 * table.length));
        }
        for (int slot = 0; slot < slotsPerDay; slot++) {
            long local = firstLocal + day * 86_400L + slot * gridSeconds;
            long second = midnight != Long.MIN_VALUE ? midnight + slot * gridSeconds : changes.resolve(local);
            previous = Math.max(previous, second);
            table[tableAt[day] + slot] = previous;
            if ((midnight != Long.MIN_VALUE || changes.exists(local)) && second >= earliest
                    && second + durationSeconds <= horizonEnd) {
                usable.set(cell(day, slot));
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
        return cells;
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

    /** The epoch second a cell starts at: by arithmetic within a run of days, else from the table. */
    long start(int cell) {
        for (int run = 0; run < runs.length; run += 3) {
            if (cell <= runs[run + 1]) {
                if (cell >= runs[run]) {
                    return runs[run + 2] + cell * gridSeconds;
                }
                break;
            }
        }
        int day = cell / slotsPerDay;
        return table[tableAt[day] + cell - day * slotsPerDay];
    }

    Instant startInstant(int cell) {
        return Instant.ofEpochSecond(start(cell));
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
        for (int run = 0; run < runs.length; run += 3) {
            long base = runs[run + 2];
            if (epochSecond < base + runs[run + 1] * gridSeconds) {
                if (epochSecond >= base + runs[run] * gridSeconds) {
                    return (int) Math.multiplyHigh(epochSecond - base, perStep) + 1;
                }
                break;
            }
        }
        if (cells == 0) {
            return 0;
        }
        long guess = Math.floorDiv(epochSecond - start(0), gridSeconds);
        int at = (int) Math.max(0, Math.min(cells - 1, guess));
        while (at > 0 && start(at - 1) > epochSecond) {
            at--;
        }
        while (at < cells && start(at) <= epochSecond) {
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
        return cells == 0 ? earliest : start(0);
    }

    private long lastSecond() {
        return cells == 0 ? earliest : start(cells - 1);
    }

    /** {@link WorkingHours#contains} for a touch-base at the start, with the offsets from the hours' zone's listed changes. */
    private boolean inHours(WorkingHours hours, long startSecond, ZoneChanges changes) {
        long endSecond = startSecond + durationSeconds;
        return hours.containsLocal(startSecond + changes.offsetAt(startSecond), endSecond + changes.offsetAt(endSecond));
    }
}
