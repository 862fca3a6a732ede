package touchbase.planning.zones;

import java.time.DayOfWeek;
import java.util.Arrays;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/**
 * The starts of a day of equal grid steps that lie in someone's working hours, as runs, worked out by
 * arithmetic on each window instead of judging start by start: for the planner's grid on days when
 * no offset changes.
 */
public final class HoursRuns {

    private static final long DAY = 86_400L;

    private HoursRuns() {
    }

    /**
     * For {@code slots} starts {@code step} seconds apart from one that reads {@code local} on the hours'
     * clock (local seconds from 1970-01-01T00:00): the runs of slots (from, to exclusive, in pairs) whose
     * {@code duration} lies inside a window of the local date it starts on, as {@link WorkingHours#containsLocal}
     * judges it; one run per window of each local date the starts span (runs may overlap).
     */
    public static int[] of(WorkingHours hours, long local, int slots, long step, long duration) {
        int[] runs = new int[0];
        long last = local + (slots - 1) * step;
        for (long date = Math.floorDiv(local, DAY); date <= Math.floorDiv(last, DAY); date++) {
            long midnight = date * DAY - local;
            for (TimeWindow window : hours.windowsOn(DayOfWeek.of((int) Math.floorMod(date + 3, 7) + 1))) {
                long lowest = -Math.floorDiv(-(midnight + window.start().toSecondOfDay()), step);
                long highest = Math.floorDiv(midnight + window.end().toSecondOfDay() - duration, step);
                int from = (int) Math.max(0, lowest);
                int to = (int) Math.min(slots - 1L, highest) + 1;
                if (from < to && duration > 0) {
                    runs = Arrays.copyOf(runs, runs.length + 2);
                    runs[runs.length - 2] = from;
                    runs[runs.length - 1] = to;
                }
            }
        }
        return runs;
    }
}
