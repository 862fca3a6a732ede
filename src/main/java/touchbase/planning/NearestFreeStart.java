package touchbase.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import touchbase.domain.Cadence;

/**
 * The rule for an occurrence that cannot stay where its series puts it, shared by the planner
 * ({@link OccurrencePlacer}) and the recheck of booked series ({@link FreeSlotFinder}): it moves
 * within its period, the Monday-to-Sunday week (weekly kinds) or the calendar month (monthly kinds)
 * of its regular start, to the free start nearest to where it is now, the earlier one on a tie.
 */
final class NearestFreeStart {

    private NearestFreeStart() {
    }

    /** The first day of the period an occurrence regularly on {@code regular} may move within. */
    static LocalDate periodStart(Cadence.Kind kind, LocalDate regular) {
        return kind.isMonthly() ? regular.withDayOfMonth(1) : regular.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The day after the period that begins on {@code periodStart}. */
    static LocalDate periodEnd(Cadence.Kind kind, LocalDate periodStart) {
        return kind.isMonthly() ? periodStart.plusMonths(1) : periodStart.plusDays(7);
    }

    /**
     * Among the candidates {@code from} to {@code to} (exclusive), indexed in time order, the free one
     * whose start is nearest to {@code current} but not at it; the earlier one on a tie.
     *
     * @param startSecond the epoch second a candidate starts at
     * @return the candidate's index, or -1 when none is free
     */
    static int nearest(int from, int to, IntToLongFunction startSecond, IntPredicate free, long current) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int candidate = from; candidate < to; candidate++) {
            long start = startSecond.applyAsLong(candidate);
            if (start == current || !free.test(candidate)) {
                continue;
            }
            long distance = Math.abs(start - current);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
