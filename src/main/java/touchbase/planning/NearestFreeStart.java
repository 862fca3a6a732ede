package touchbase.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
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
     * whose start is nearest to {@code current} but not at it; the earlier one on a tie. Candidates are
     * tried outwards from {@code current}, nearest first (the earlier side first on a tie), so the search
     * stops at the first free distance instead of judging the whole period.
     *
     * @param startSecond the epoch second a candidate starts at (never decreasing with the index)
     * @return the candidate's index, or -1 when none is free
     */
    static int nearest(int from, int to, IntToLongFunction startSecond, IntPredicate free, long current) {
        return nearest(from, to, startSecond, free, current, null);
    }

    /** {@link #nearest}, trying only the candidates in {@code possible} (when given: every free one must be in it). */
    static int nearest(int from, int to, IntToLongFunction startSecond, IntPredicate free, long current, BitSet possible) {
        int later = firstAfter(from, to, startSecond, current);
        int earlier = later - 1;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        while (true) {
            if (possible != null) {
                earlier = earlier >= from ? possible.previousSetBit(earlier) : -1;
                int next = later < to ? possible.nextSetBit(later) : -1;
                later = next >= 0 ? Math.min(next, to) : to;
            }
            long before = earlier >= from ? current - startSecond.applyAsLong(earlier) : Long.MAX_VALUE;
            long after = later < to ? startSecond.applyAsLong(later) - current : Long.MAX_VALUE;
            if (before == 0) {
                earlier--;
                continue;
            }
            long distance = Math.min(before, after);
            if (distance == Long.MAX_VALUE || distance > bestDistance) {
                return best;
            }
            int candidate = before <= after ? earlier-- : later++;
            if ((best < 0 || candidate < best) && free.test(candidate)) {
                best = candidate;
                bestDistance = distance;
            }
        }
    }

    /** The first candidate from {@code from} to {@code to} starting after {@code current} ({@code to} if none). */
    private static int firstAfter(int from, int to, IntToLongFunction startSecond, long current) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (startSecond.applyAsLong(middle) > current) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
