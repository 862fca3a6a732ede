package touchbase.account.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a client may make expensive, counted in the {@link RequestLedger} (the database), so the limits
 * hold across instances: sign-in starts per client address ({@link #signInStarts}), and per account one
 * plan, one recheck and one booking in flight at a time. A lease of a crashed instance ends after
 * {@link #LEASE}, so it never blocks for longer.
 */
public final class RequestLimits {

    /** The expensive requests of which an account may run one at a time (each costs Google calls). */
    public enum Expensive {
        PLAN("plan"), RECHECK("recheck"), BOOKING("booking");

        private final String key;

        Expensive(String key) {
            this.key = key;
        }
    }

    /** At most {@code uses} in each {@code window}. */
    public record Budget(int uses, Duration window) {
        public Budget {
            if (uses < 1) {
                throw new IllegalArgumentException("uses must be at least 1, got " + uses);
            }
            Objects.requireNonNull(window, "window must not be null");
        }
    }

    /** Work that may throw, as the web layer's handlers do. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** 20 sign-in starts per client address in 10 minutes. */
    public static final Budget SIGN_IN_STARTS = new Budget(20, Duration.ofMinutes(10));
    /** Failed feed lookups per client address across all instances: 60 in 10 minutes. */
    public static final Budget FEED_MISSES = new Budget(60, Duration.ofMinutes(10));
    /**
     * How long a lease is held at most when its holder never gives it back (its instance died). The
     * lease only limits cost (correctness rests on the database's constraints and the outbox), so it is
     * short: a person whose instance was killed mid-booking waits at most this long to book again.
     */
    public static final Duration LEASE = Duration.ofSeconds(30);
    /** The longest {@code Retry-After} for a request refused because another one is in flight. */
    static final Duration IN_FLIGHT_RETRY = Duration.ofSeconds(5);

    private final RequestLedger ledger;
    private final Budget signInStarts;
    private final Clock clock;
    private final boolean on;

    public RequestLimits(RequestLedger ledger, Budget signInStarts, Clock clock) {
        this(Objects.requireNonNull(ledger, "ledger must not be null"), signInStarts, clock, true);
    }

    private RequestLimits(RequestLedger ledger, Budget signInStarts, Clock clock, boolean on) {
        this.ledger = ledger;
        this.signInStarts = Objects.requireNonNull(signInStarts, "signInStarts must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.on = on;
    }

    /** No limits at all (a web app built without a database, in tests). */
    public static RequestLimits off() {
        return new RequestLimits(null, SIGN_IN_STARTS, Clock.systemUTC(), false);
    }

    public Budget signInStarts() {
        return signInStarts;
    }

    /** Counts a sign-in start from {@code address}; past the budget refuses it until the window ends. */
    public void startSignIn(String address) {
        if (!on) {
            return;
        }
        Instant now = clock.instant();
        RequestLedger.Window window = ledger.spend("sign-in:" + address, now, now.minus(signInStarts.window()));
        if (window.spent() > signInStarts.uses()) {
            throw new TooManyRequests("too many sign-ins from this address: at most " + signInStarts.uses()
                    + " in " + signInStarts.window().toMinutes() + " minutes",
                    Duration.between(now, window.start().plus(signInStarts.window())));
        }
    }

    /** Counts a feed request from {@code address} whose token matched nothing; true when past {@link #FEED_MISSES}. */
    public boolean feedMissPastBudget(String address) {
        if (!on) {
            return false;
        }
        Instant now = clock.instant();
        return ledger.spend("feed-miss:" + address, now, now.minus(FEED_MISSES.window())).spent() > FEED_MISSES.uses();
    }

    /**
     * Runs {@code work} for the account unless this kind of request of the account runs already, here or
     * on another instance; false (and nothing run) then.
     */
    public boolean aloneOrSkip(String accountId, Expensive what, Runnable work) {
        try {
            oneAtATime(accountId, what, work::run);
            return true;
        } catch (TooManyRequests busy) {
            return false;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} unless the account already runs this kind of request (then {@link TooManyRequests}). */
    public void oneAtATime(String accountId, Expensive what, Work work) throws Exception {
        if (!on) {
            work.run();
            return;
        }
        String key = what.key + ":" + accountId;
        String holder = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!ledger.acquire(key, holder, now, now.plus(LEASE))) {
            Duration left = ledger.heldUntil(key).map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
            throw new TooManyRequests("another " + what.key + " of yours is still running: try again when it is done",
                    left.compareTo(IN_FLIGHT_RETRY) > 0 ? IN_FLIGHT_RETRY : left);
        }
        try {
            work.run();
        } finally {
            ledger.release(key, holder);
        }
    }

    /** Deletes the leases that are over and the budget windows that ended. */
    public void purgeExpired() {
        if (on) {
            Instant now = clock.instant();
            ledger.purge(now, now.minus(signInStarts.window().compareTo(FEED_MISSES.window()) > 0
                    ? signInStarts.window() : FEED_MISSES.window()));
        }
    }
}
