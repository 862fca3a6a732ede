package touchbase.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of feed tokens: each client address has a budget of failed lookups that refills
 * over time (a token bucket). While it is spent, every feed request from that address is refused with
 * the time to wait, before any lookup, so a guesser learns nothing more. Kept in memory (the hot path
 * never waits on the database); the table is cleared when it grows past {@code maxAddresses}, so a flood
 * of addresses cannot exhaust memory. With a {@link SharedBudget} (the database, shared by every
 * instance) each failure is also counted there, and an address past the shared budget is refused by
 * the instance that saw the failure: behind a load balancer a guesser gets at most the shared budget
 * plus one guess per instance.
 */
public final class FailedLookups {

    /** Failed lookups counted where every instance sees them (port). */
    @FunctionalInterface
    public interface SharedBudget {
        /** Counts one failed lookup from {@code address}; true when the address is now past the budget. */
        boolean spentBy(String address);
    }

    private final int budget;
    private final Duration refillEvery;
    private final int maxAddresses;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SharedBudget shared;

    private record Bucket(double tokens, Instant at) {
    }

    /** 20 failures, one more every 30 seconds. */
    public static FailedLookups standard(Clock clock) {
        return standard(clock, address -> false);
    }

    /** 20 failures, one more every 30 seconds, also counted in {@code shared} across instances. */
    public static FailedLookups standard(Clock clock, SharedBudget shared) {
        return new FailedLookups(20, Duration.ofSeconds(30), 100_000, clock, shared);
    }

    public FailedLookups(int budget, Duration refillEvery, int maxAddresses, Clock clock) {
        this(budget, refillEvery, maxAddresses, clock, address -> false);
    }

    public FailedLookups(int budget, Duration refillEvery, int maxAddresses, Clock clock, SharedBudget shared) {
        this.shared = Objects.requireNonNull(shared, "shared must not be null");
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + budget);
        }
        this.budget = budget;
        this.refillEvery = Objects.requireNonNull(refillEvery, "refillEvery must not be null");
        this.maxAddresses = maxAddresses;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** How long (in whole seconds, as Retry-After has it) the address must wait; empty when it may look up now. */
    public Optional<Duration> waitFor(String address) {
        Bucket last = buckets.get(address);
        if (last == null || last.tokens() >= 1) {
            return Optional.empty();
        }
        Bucket bucket = refill(last);
        if (bucket.tokens() >= 1) {
            return Optional.empty();
        }
        double seconds = (1 - bucket.tokens()) * refillEvery.toMillis() / 1000.0;
        return Optional.of(Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds - 1e-6))));
    }

    /** Spends one unit of the address's budget on a lookup that found nothing. */
    public void failed(String address) {
        if (buckets.size() >= maxAddresses) {
            buckets.clear();
        }
        boolean pastShared = shared.spentBy(address);
        buckets.compute(address, (key, old) -> {
            Bucket now = refill(old);
            return new Bucket(pastShared ? 0 : Math.max(0, now.tokens() - 1), now.at());
        });
    }

    private Bucket refill(Bucket bucket) {
        Instant now = clock.instant();
        if (bucket == null) {
            return new Bucket(budget, now);
        }
        double earned = (double) Duration.between(bucket.at(), now).toMillis() / refillEvery.toMillis();
        return new Bucket(Math.min(budget, bucket.tokens() + Math.max(0, earned)), now);
    }
}
