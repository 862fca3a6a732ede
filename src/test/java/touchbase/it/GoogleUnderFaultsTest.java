package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * Colleagues booked through the real service, gateway and Google client while 30 % of the Calendar
 * API calls fail ({@link FaultyGoogle}: 503, 429, 403 {@code rateLimitExceeded}, timeouts after the
 * write, connection resets, half the failed writes stored anyway), and the service with its outbox
 * worker is stopped and started again at seeded moments: afterwards {@link FaultRun}'s guarantees hold.
 * The Google client retries after milliseconds and gives up reading after one second, so that
 * hundreds of faults take seconds; production's back-off is seconds. Replay a run with the printed
 * seed ({@code -Dtouchbase.faults.seed=N}); {@code bench/faults.sh} runs 200 colleagues.
 */
class GoogleUnderFaultsTest {

    @TempDir
    Path dataDir;

    @Test
    void everySeriesIsBookedOnceWhileGoogleFailsAndTheWorkerIsStoppedAndStarted() throws Exception {
        FaultRun.Settings run = FaultRun.Settings.read("GoogleUnderFaultsTest", 12, 3, 0.30);
        Random random = new Random(run.seed());
        Set<Integer> restartAt = run.killPoints(random);
        Instant began = Instant.now();
        try (GoogleEmulator emulator = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(Clock.systemUTC())), 0);
                FaultyGoogle google = new FaultyGoogle(URI.create(emulator.apiRoot()), random.nextLong(), run.rate(),
                        FaultRun.READ_TIMEOUT.plusMillis(200));
                DemoSession session = new DemoSession(DemoSession.freePort(), port -> FaultRun.inProcess(port, dataDir, emulator, google))) {
            FaultRun.raiseCaps(session);
            List<String> seriesIds = new ArrayList<>();
            long restarting = 0;
            for (int i = 0; i < run.colleagues(); i++) {
                if (restartAt.contains(i)) {
                    long before = System.nanoTime();
                    session.restart(port -> FaultRun.inProcess(port, dataDir, emulator, google));
                    restarting += System.nanoTime() - before;
                }
                seriesIds.add(FaultRun.book(session, i));
            }
            List<JsonNode> series = FaultRun.waitUntilAllBooked(session, seriesIds, dataDir.resolve("touchbase.db"),
                    Duration.ofMinutes(5));
            google.failing(false);
            System.out.println("GoogleUnderFaultsTest: " + run.colleagues() + " series in "
                    + Duration.between(began, Instant.now()).toMillis() + " ms, " + restartAt.size() + " restarts ("
                    + restarting / 1_000_000 + " ms of them), " + google.injected() + " faults injected: " + google.counts());

            assertThat(google.injected()).isPositive();
            FaultRun.assertOneGoogleEventPerSeries(emulator, series, run.colleagues());
            assertThat(FaultRun.outboxRows(dataDir.resolve("touchbase.db"))).as("writes left in the outbox").isZero();
            FaultRun.assertFeedMatchesGoogle(session, emulator);
        }
    }
}
