package touchbase.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import touchbase.fakes.MutableClock;

class FailedLookupsTest {

    private final MutableClock clock = new MutableClock(FeedWorld.START);
    private final FailedLookups lookups = new FailedLookups(3, Duration.ofSeconds(30), 1000, clock);

    @Test
    void anAddressWaitsOnceItsBudgetIsSpentAndOthersDoNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(lookups.waitFor("10.0.0.1")).isEmpty();
            lookups.failed("10.0.0.1");
        }

        assertThat(lookups.waitFor("10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(lookups.waitFor("10.0.0.2")).isEmpty();
    }

    @Test
    void theBudgetRefillsOverTime() {
        for (int i = 0; i < 3; i++) {
            lookups.failed("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(lookups.waitFor("10.0.0.1")).contains(Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(10));
        assertThat(lookups.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void aGuesserSpreadOverInstancesMeetsTheSharedBudget() {
        java.util.concurrent.atomic.AtomicInteger sharedMisses = new java.util.concurrent.atomic.AtomicInteger();
        FailedLookups.SharedBudget database = address -> sharedMisses.incrementAndGet() > 4;
        FailedLookups first = new FailedLookups(3, Duration.ofSeconds(30), 1000, clock, database);
        FailedLookups second = new FailedLookups(3, Duration.ofSeconds(30), 1000, clock, database);

        for (int i = 0; i < 2; i++) {
            first.failed("10.0.0.1");
            second.failed("10.0.0.1");
        }
        assertThat(first.waitFor("10.0.0.1")).isEmpty();
        assertThat(second.waitFor("10.0.0.1")).isEmpty();
        second.failed("10.0.0.1");

        assertThat(second.waitFor("10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(sharedMisses).hasValue(5);
    }
}
