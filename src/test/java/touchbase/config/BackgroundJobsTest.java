package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import touchbase.storage.Database;

class BackgroundJobsTest {

    @TempDir
    Path folder;

    /** Found by bench/run: 100 sign-ins at once each woke the outbox, and one lost race answered 500. */
    @Test
    void manyBookingsWakingTheOutboxAtOnceNeverFail() throws Exception {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("touchbase.db"))) {
            database.migrate();
            AtomicInteger runs = new AtomicInteger();
            try (BackgroundJobs jobs = new BackgroundJobs(database.dataSource(), true, Clock.systemUTC(),
                    runs::incrementAndGet, () -> { }, () -> { }).started()) {
                ExecutorService threads = Executors.newFixedThreadPool(16);
                List<Callable<Boolean>> wakes = new ArrayList<>();
                for (int i = 0; i < 2000; i++) {
                    wakes.add(() -> {
                        jobs.wakeOutbox();
                        return true;
                    });
                }
                List<Future<Boolean>> done = threads.invokeAll(wakes);
                threads.shutdown();
                for (Future<Boolean> wake : done) {
                    assertThat(wake.get()).isTrue();
                }
                for (int wait = 0; wait < 100 && runs.get() == 0; wait++) {
                    Thread.sleep(100);
                }
                assertThat(runs.get()).as("the outbox ran after the wakes").isPositive();
            }
        }
    }
}
