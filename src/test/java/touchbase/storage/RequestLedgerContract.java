package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import touchbase.account.limits.RequestLedger;
import touchbase.account.limits.RequestLedger.Window;
import touchbase.storage.limits.JdbiRequestLedger;

/** {@link RequestLedger} on any database: budgets counted per window, leases held by one holder at a time. */
abstract class RequestLedgerContract extends StorageContract {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private RequestLedger ledger;

    @Override
    void createAdapters() {
        ledger = new JdbiRequestLedger(database().jdbi());
    }

    private Window spendAt(String key, Instant at) {
        return ledger.spend(key, at, at.minus(WINDOW));
    }

    @Test
    void countsEachUseOfABudgetInItsWindow() {
        assertThat(spendAt("sign-in:1.2.3.4", NOW)).isEqualTo(new Window(NOW, 1));
        assertThat(spendAt("sign-in:1.2.3.4", NOW.plusSeconds(60))).isEqualTo(new Window(NOW, 2));
        assertThat(spendAt("sign-in:5.6.7.8", NOW.plusSeconds(60))).isEqualTo(new Window(NOW.plusSeconds(60), 1));
    }

    @Test
    void feedMissesFromOneAddressAreCountedForEveryInstanceTogether() {
        java.time.Clock at = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        touchbase.account.limits.RequestLimits one = new touchbase.account.limits.RequestLimits(ledger,
                touchbase.account.limits.RequestLimits.SIGN_IN_STARTS, at);
        touchbase.account.limits.RequestLimits other = new touchbase.account.limits.RequestLimits(ledger,
                touchbase.account.limits.RequestLimits.SIGN_IN_STARTS, at);
        int budget = touchbase.account.limits.RequestLimits.FEED_MISSES.uses();

        for (int i = 0; i < budget / 2; i++) {
            assertThat(one.feedMissPastBudget("1.2.3.4")).isFalse();
            assertThat(other.feedMissPastBudget("1.2.3.4")).isFalse();
        }

        assertThat(other.feedMissPastBudget("1.2.3.4")).isTrue();
        assertThat(one.feedMissPastBudget("5.6.7.8")).isFalse();
    }

    @Test
    void startsTheWindowAgainOnceItIsOver() {
        spendAt("sign-in:1.2.3.4", NOW);
        spendAt("sign-in:1.2.3.4", NOW.plusSeconds(1));

        Instant later = NOW.plus(WINDOW);
        assertThat(spendAt("sign-in:1.2.3.4", later)).isEqualTo(new Window(later, 1));
    }

    @Test
    void countsEveryUseWhenManySpendAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Window>> spends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                spends.add(() -> spendAt("sign-in:1.2.3.4", NOW));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Window> spent : pool.invokeAll(spends)) {
                counts.add(spent.get().spent());
            }
            assertThat(counts).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLeaseHasOneHolderUntilItIsGivenBack() {
        assertThat(ledger.acquire("plan:acc-1", "first", NOW, NOW.plusSeconds(120))).isTrue();
        assertThat(ledger.acquire("plan:acc-1", "second", NOW, NOW.plusSeconds(120))).isFalse();
        assertThat(ledger.acquire("plan:acc-2", "second", NOW, NOW.plusSeconds(120))).isTrue();
        assertThat(ledger.heldUntil("plan:acc-1")).contains(NOW.plusSeconds(120));

        ledger.release("plan:acc-1", "first");

        assertThat(ledger.heldUntil("plan:acc-1")).isEmpty();
        assertThat(ledger.acquire("plan:acc-1", "second", NOW, NOW.plusSeconds(120))).isTrue();
    }

    @Test
    void onlyTheHolderGivesALeaseBack() {
        ledger.acquire("plan:acc-1", "first", NOW, NOW.plusSeconds(120));

        ledger.release("plan:acc-1", "someone-else");

        assertThat(ledger.acquire("plan:acc-1", "second", NOW, NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void aLeaseNeverGivenBackEndsAtItsExpiry() {
        ledger.acquire("plan:acc-1", "crashed", NOW, NOW.plusSeconds(120));

        assertThat(ledger.acquire("plan:acc-1", "next", NOW.plusSeconds(119), NOW.plusSeconds(239))).isFalse();
        assertThat(ledger.acquire("plan:acc-1", "next", NOW.plusSeconds(120), NOW.plusSeconds(240))).isTrue();
        ledger.release("plan:acc-1", "crashed");
        assertThat(ledger.heldUntil("plan:acc-1")).contains(NOW.plusSeconds(240));
    }

    @Test
    void purgeDeletesOnlyWhatIsOver() {
        ledger.acquire("plan:acc-1", "crashed", NOW, NOW.plusSeconds(120));
        ledger.acquire("plan:acc-2", "running", NOW, NOW.plusSeconds(900));
        spendAt("sign-in:old", NOW);
        spendAt("sign-in:new", NOW.plusSeconds(300));

        Instant later = NOW.plus(WINDOW);
        ledger.purge(later, later.minus(WINDOW));

        assertThat(ledger.heldUntil("plan:acc-1")).isEmpty();
        assertThat(ledger.heldUntil("plan:acc-2")).isPresent();
        assertThat(rows("request_budgets")).isEqualTo(1);
    }

    private int rows(String table) {
        return database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }
}
