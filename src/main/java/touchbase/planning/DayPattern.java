package touchbase.planning;

import touchbase.domain.Cadence;

/**
 * A pinned cadence laid on the grid: the days (grid indices, ascending) its occurrences fall on
 * over the horizon. Combined with a time of day it is a candidate recurring slot.
 */
record DayPattern(Cadence cadence, int[] days) {

    /** The days {@code [from, to)} an occurrence on {@code day} may move within: its week, or its month. */
    int[] period(SlotGrid grid, int day) {
        if (!cadence.kind().isMonthly()) {
            int week = SlotGrid.weekOf(day);
            return new int[] {week * 7, Math.min(grid.days, week * 7 + 7)};
        }
        var date = grid.date(day);
        int from = day - (date.getDayOfMonth() - 1);
        int to = day + (date.lengthOfMonth() - date.getDayOfMonth()) + 1;
        return new int[] {Math.max(0, from), Math.min(grid.days, to)};
    }
}
