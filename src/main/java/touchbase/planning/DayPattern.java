package touchbase.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import touchbase.domain.Cadence;

/**
 * A pinned cadence laid on the grid: the days (grid indices, ascending) its occurrences fall on
 * over the horizon. Combined with a time of day it is a candidate recurring slot.
 */
record DayPattern(Cadence cadence, int[] days) {

    /** The days {@code [from, to)} an occurrence on {@code day} may move within: its week, or its month. */
    int[] period(SlotGrid grid, int day) {
        LocalDate from = NearestFreeStart.periodStart(cadence.kind(), grid.date(day));
        LocalDate to = NearestFreeStart.periodEnd(cadence.kind(), from);
        return new int[] {clamp(grid, from), clamp(grid, to)};
    }

    private static int clamp(SlotGrid grid, LocalDate date) {
        return (int) Math.max(0, Math.min(grid.days, ChronoUnit.DAYS.between(grid.firstDay, date)));
    }
}
