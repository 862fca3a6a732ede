package touchbase.account.limits;

import java.time.Instant;
import java.util.Optional;

/**
 * Where budgets and leases are counted (port), shared by every instance: each operation is one atomic
 * statement, so two instances spending the same budget or taking the same lease never both win.
 */
public interface RequestLedger {

    /** A budget's current window: when it started and how many uses it has seen. */
    record Window(Instant start, int spent) {
    }

    /**
     * Counts one use of the budget {@code key} and returns its window after it: a window that started
     * at or before {@code staleFrom} is over, and starts again at {@code now} with this one use.
     */
    Window spend(String key, Instant now, Instant staleFrom);

    /**
     * Takes the lease {@code key} for {@code holder} until {@code until}, unless another holder has it
     * past {@code now}; true when taken.
     */
    boolean acquire(String key, String holder, Instant now, Instant until);

    /** Until when the lease {@code key} is held, if anyone holds it. */
    Optional<Instant> heldUntil(String key);

    /** Gives the lease back, if {@code holder} still has it. */
    void release(String key, String holder);

    /** Deletes the leases over at {@code now} and the budget windows that started at or before {@code staleFrom}. */
    void purge(Instant now, Instant staleFrom);
}
