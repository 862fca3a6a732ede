package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import touchbase.booking.OutboxWorker;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.google.emulator.http.ApiException;

/**
 * Google account problems in the middle of booking, with the real service and Google client: the
 * refresh token revoked at Google, the calendar permission taken away (Google answers 403
 * {@code insufficientPermissions}), the account's calendar unknown to Google (404 {@code notFound}).
 * Each leaves the series waiting with "Reconnect Google Calendar to finish booking" on the API and the
 * Series page (revoked access also shows the reconnect prompt), keeps its write in the outbox, and
 * once the person reconnects the write goes at once and the series is booked, with one Google event.
 */
class GoogleAccountProblemsTest {

    enum Problem { REFRESH_TOKEN_REVOKED, SCOPES_REDUCED, CALENDAR_UNKNOWN }

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Problem.class)
    void aProblemShowsAsReconnectAndTheBookingCompletesAfterReconnecting(Problem problem) throws Exception {
        Path db = dataDir.resolve("touchbase.db");
        try (GoogleEmulator emulator = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(Clock.systemUTC())), 0);
                FaultyGoogle google = new FaultyGoogle(URI.create(emulator.apiRoot()), 1L, 0.0, Duration.ZERO);
                DemoSession session = new DemoSession(DemoSession.freePort(),
                        port -> FaultRun.inProcess(port, dataDir, emulator, google))) {
            FaultRun.raiseCaps(session);
            String first = FaultRun.book(session, 0);
            FaultRun.waitUntilAllBooked(session, List.of(first), db, Duration.ofSeconds(30));

            google.refuseInserts(switch (problem) {
                case REFRESH_TOKEN_REVOKED -> new ApiException(503, "global", "backendError", "Backend Error");
                case SCOPES_REDUCED -> ApiException.insufficientScopes();
                case CALENDAR_UNKNOWN -> ApiException.notFound();
            });
            String second = FaultRun.book(session, 1);
            if (problem == Problem.REFRESH_TOKEN_REVOKED) {
                assertThat(emulator.revoke(google.lastBearer())).as("the account's grant is revoked at Google").isTrue();
                google.refuseInserts(null);
            }

            JsonNode waiting = waitForStatus(session, second, "failed");
            assertThat(waiting.get("statusReason").asString()).isEqualTo(OutboxWorker.RECONNECT);
            assertThat(FaultRun.outboxRows(db)).as("the write is kept").isEqualTo(1);
            String seriesPage = session.send(HttpRequest.newBuilder(URI.create(session.base + "/series"))).body();
            if (problem == Problem.REFRESH_TOKEN_REVOKED) { // every page asks to reconnect
                assertThat(DemoSession.json(session.api("GET", "/api/me", null)).get("connected").asBoolean()).isFalse();
                assertThat(seriesPage).contains("id=\"reconnect-prompt\"");
            } else {
                assertThat(seriesPage).contains(OutboxWorker.RECONNECT);
            }

            google.refuseInserts(null);
            session.signIn();

            List<JsonNode> series = FaultRun.waitUntilAllBooked(session, List.of(first, second), db, Duration.ofSeconds(30));
            FaultRun.assertOneGoogleEventPerSeries(emulator, series, 2);
        }
    }

    private static JsonNode waitForStatus(DemoSession session, String seriesId, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode series = null;
        while (Instant.now().isBefore(deadline)) {
            series = DemoSession.json(session.api("GET", "/api/touchbases/" + seriesId, null));
            if (status.equals(series.get("status").asString())) {
                return series;
            }
            DemoSession.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("the series did not become " + status + ": " + series);
    }
}
