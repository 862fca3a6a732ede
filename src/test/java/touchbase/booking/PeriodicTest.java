package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTest {

    @Test
    void runsOnStartAndAgainWhenWokenEvenAfterTheTaskFailed() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        CountDownLatch secondRun = new CountDownLatch(2);
        Periodic periodic = new Periodic("test", Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            firstRun.countDown();
            secondRun.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("first run fails");
            }
        });
        try {
            periodic.start();
            assertThat(firstRun.await(10, TimeUnit.SECONDS)).isTrue();

            periodic.wake();

            assertThat(secondRun.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            periodic.stop();
        }
    }

    @Test
    void wakeBeforeStartDoesNothing() {
        AtomicInteger runs = new AtomicInteger();
        Periodic periodic = new Periodic("test", Duration.ofHours(1), runs::incrementAndGet);

        periodic.wake();
        periodic.stop();

        assertThat(runs).hasValue(0);
    }
}
