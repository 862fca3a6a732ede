package touchbase.planning;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * The account's rules for planning touch-bases.
 *
 * <ul>
 *   <li>{@code bufferBefore} / {@code bufferAfter}: time kept free before a touch-base starts and
 *       after it ends, so it never sits right against another meeting;</li>
 *   <li>{@code minimumNotice}: no occurrence starts sooner than this after planning;</li>
 *   <li>{@code maxPerDay} / {@code maxPerWeek}: caps on touch-bases a day and a Monday-to-Sunday
 *       week in the account's zone, counting the ones already booked;</li>
 *   <li>{@code horizon}: how far ahead occurrences are judged and listed;</li>
 *   <li>{@code duration} of each touch-base, and the {@code grid} start times snap to (a whole
 *       number of grid steps must make a day).</li>
 * </ul>
 */
public record PlanningRules(
        Duration duration,
        Duration grid,
        Duration bufferBefore,
        Duration bufferAfter,
        Duration minimumNotice,
        int maxPerDay,
        int maxPerWeek,
        Period horizon) {

    public PlanningRules {
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(grid, "grid must not be null");
        Objects.requireNonNull(bufferBefore, "bufferBefore must not be null");
        Objects.requireNonNull(bufferAfter, "bufferAfter must not be null");
        Objects.requireNonNull(minimumNotice, "minimumNotice must not be null");
        Objects.requireNonNull(horizon, "horizon must not be null");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(8)) > 0) {
            throw new IllegalArgumentException("duration must be more than 0 and at most 8 hours, got " + duration);
        }
        if (grid.toMinutes() < 1 || grid.toSeconds() % 60 != 0 || Duration.ofDays(1).toMinutes() % grid.toMinutes() != 0) {
            throw new IllegalArgumentException("grid must be whole minutes that divide a day (5, 10, 15, 30, 60...), got " + grid);
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative() || minimumNotice.isNegative()) {
            throw new IllegalArgumentException("bufferBefore, bufferAfter and minimumNotice must not be negative");
        }
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("maxPerDay must be at least 1, got " + maxPerDay);
        }
        if (maxPerWeek < 1) {
            throw new IllegalArgumentException("maxPerWeek must be at least 1, got " + maxPerWeek);
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive, got " + horizon);
        }
    }

    /** 30 minutes on a 15-minute grid, 5 minutes buffer each side, 1 day notice, 3 a day, 10 a week, 26 weeks. */
    public static PlanningRules defaults() {
        return new PlanningRules(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofMinutes(5), Duration.ofDays(1), 3, 10, Period.ofWeeks(26));
    }

    public PlanningRules withBuffers(Duration before, Duration after) {
        return new PlanningRules(duration, grid, before, after, minimumNotice, maxPerDay, maxPerWeek, horizon);
    }

    public PlanningRules withMinimumNotice(Duration notice) {
        return new PlanningRules(duration, grid, bufferBefore, bufferAfter, notice, maxPerDay, maxPerWeek, horizon);
    }

    public PlanningRules withCaps(int perDay, int perWeek) {
        return new PlanningRules(duration, grid, bufferBefore, bufferAfter, minimumNotice, perDay, perWeek, horizon);
    }

    public PlanningRules withHorizon(Period ahead) {
        return new PlanningRules(duration, grid, bufferBefore, bufferAfter, minimumNotice, maxPerDay, maxPerWeek, ahead);
    }

    public PlanningRules withDuration(Duration length) {
        return new PlanningRules(length, grid, bufferBefore, bufferAfter, minimumNotice, maxPerDay, maxPerWeek, horizon);
    }
}
