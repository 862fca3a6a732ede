package touchbase.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/**
 * How far a touch-base at each grid start stretches one person's working day: the minutes it lies
 * before their window starts plus after it ends, on the nearest window of that local date, read on
 * their clock. -1 when it cannot be stretched: their day off, across their midnight, or more than
 * {@link #MOST_MINUTES} outside. Answers are remembered per cell; only pairs without shared hours ask.
 */
final class StretchCells {

    /** The most one person's day is stretched for a touch-base. */
    static final int MOST_MINUTES = 180;
    private static final int DAY = 86_400;
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final SlotGrid grid;
    private final WorkingHours hours;
    private final ZoneRules rules;
    private final int[] memo;

    StretchCells(SlotGrid grid, WorkingHours hours) {
        this.grid = grid;
        this.hours = hours;
        this.rules = hours.zone().getRules();
        this.memo = new int[grid.cells()];
        Arrays.fill(memo, UNKNOWN);
    }

    int minutes(int cell) {
        if (memo[cell] == UNKNOWN) {
            memo[cell] = compute(grid.start(cell), grid.start(cell) + grid.durationSeconds);
        }
        return memo[cell];
    }

    private int compute(long start, long end) {
        long localStart = start + rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
        long localEnd = end + rules.getOffset(Instant.ofEpochSecond(end)).getTotalSeconds();
        long day = Math.floorDiv(localStart, DAY);
        int from = (int) (localStart - day * DAY);
        long to = localEnd - day * DAY;
        if (to > DAY) {
            return -1;
        }
        int best = Integer.MAX_VALUE;
        for (TimeWindow window : hours.windowsOn(DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1))) {
            long outside = Math.max(0, window.start().toSecondOfDay() - from)
                    + Math.max(0, to - window.end().toSecondOfDay());
            best = (int) Math.min(best, outside / 60);
        }
        return best > MOST_MINUTES ? -1 : best;
    }
}
