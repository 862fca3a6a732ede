package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * The real server process books colleagues through its HTTP API against the demo Google, which runs
 * here, outside the process (so what Google holds survives the kill), behind {@link FaultyGoogle}; at
 * seeded moments a booking is sent and the process is killed with SIGKILL while it works, then started
 * again on the same data folder. Afterwards {@link FaultRun}'s guarantees hold and SQLite's
 * {@code PRAGMA integrity_check} says {@code ok}. The process uses production's Google client
 * (seconds of back-off, 30 s read timeout), so the faults here leave out timeouts and are rarer than
 * in {@link GoogleUnderFaultsTest}; a killed worker's writes come back after a 5 s lease.
 */
class ServerKilledWhileBookingTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void everySeriesIsBookedOnceAfterTheServerIsKilledWhileBooking() throws Exception {
        FaultRun.Settings run = FaultRun.Settings.read("ServerKilledWhileBookingTest", 6, 2, 0.10);
        Random random = new Random(run.seed());
        Path db = dataDir.resolve("touchbase.db");
        Instant began = Instant.now();
        try (GoogleEmulator emulator = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(Clock.systemUTC())), 0);
                FaultyGoogle google = new FaultyGoogle(URI.create(emulator.apiRoot()), random.nextLong(), run.rate(),
                        Duration.ZERO, EnumSet.complementOf(EnumSet.of(FaultyGoogle.Fault.NONE,
                                FaultyGoogle.Fault.TIMEOUT_AFTER_WRITE)));
                DemoSession session = new DemoSession(DemoSession.freePort(), port -> start(port, emulator, google))) {
            FaultRun.raiseCaps(session);
            Set<Integer> killAt = run.killPoints(random);
            List<String> seriesIds = new ArrayList<>();
            for (int i = 0; i < run.colleagues(); i++) {
                if (!killAt.contains(i)) {
                    seriesIds.add(FaultRun.book(session, i));
                    continue;
                }
                int colleague = i;
                CompletableFuture<String> booking = CompletableFuture.supplyAsync(() -> FaultRun.book(session, colleague));
                DemoSession.pause(Duration.ofMillis(random.nextInt(600)));
                session.restart(port -> start(port, emulator, google));
                seriesIds.add(booking.get());
            }
            List<JsonNode> series = FaultRun.waitUntilAllBooked(session, seriesIds, db, Duration.ofMinutes(3));
            google.failing(false);
            System.out.println("ServerKilledWhileBookingTest: " + run.colleagues() + " series booked in "
                    + Duration.between(began, Instant.now()).toMillis() + " ms, " + killAt.size() + " kills, "
                    + google.injected() + " faults injected: " + google.counts());

            FaultRun.assertOneGoogleEventPerSeries(emulator, series, run.colleagues());
            assertThat(FaultRun.outboxRows(db)).as("writes left in the outbox").isZero();
            FaultRun.assertFeedMatchesGoogle(session, emulator);
        }
        assertThat(FaultRun.query(db, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(FaultRun.integrityCheck(db)).isEqualTo("ok");
    }

    private ServiceProcess start(int port, GoogleEmulator emulator, FaultyGoogle google) {
        return ServiceProcess.start(port, Map.of("TOUCHBASE_DATA_DIR", dataDir.toString(),
                "GOOGLE_CLIENT_ID", DemoCalendars.CLIENT_ID, "GOOGLE_CLIENT_SECRET", DemoCalendars.CLIENT_SECRET,
                "TOUCHBASE_GOOGLE_AUTH_URI", emulator.authUri(), "TOUCHBASE_GOOGLE_TOKEN_URI", emulator.tokenUri(),
                "TOUCHBASE_GOOGLE_REVOKE_URI", emulator.revokeUri(), "TOUCHBASE_GOOGLE_API_ROOT", google.apiRoot(),
                "TOUCHBASE_GOOGLE_USERINFO_URI", emulator.userinfoUri(), "TOUCHBASE_OUTBOX_LEASE_SECONDS", "5",
                "TOUCHBASE_ACCESS_LOG", "off"), logs.resolve("server.log"));
    }
}
