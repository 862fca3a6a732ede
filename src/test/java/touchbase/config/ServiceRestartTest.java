package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import touchbase.TestHttp;
import touchbase.storage.Database;

class ServiceRestartTest {

    @TempDir
    Path dataDir;

    private AppConfig config() {
        return AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString())).withPort(0);
    }

    @Test
    void startsOnAFreePortAndAnswersHealthy() {
        try (RunningService service = Wiring.start(config())) {
            assertThat(new TestHttp(service.port()).get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() {
        try (RunningService first = Wiring.start(config()); Database db = Wiring.migratedDatabase(config())) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO accounts (id, email, time_zone, created_at, updated_at) "
                    + "VALUES ('a1', 'ada@example.com', 'Europe/London', '2026-11-25T09:00:00Z', '2026-11-25T09:00:00Z')"));
        }

        try (RunningService second = Wiring.start(config()); Database db = Wiring.migratedDatabase(config())) {
            assertThat(new TestHttp(second.port()).get("/healthz").statusCode()).isEqualTo(200);
            String email = db.jdbi().withHandle(h -> h.createQuery("SELECT email FROM accounts WHERE id = 'a1'")
                    .mapTo(String.class).one());
            assertThat(email).isEqualTo("ada@example.com");
        }
    }

    @Test
    void stoppingTwiceIsHarmless() {
        RunningService service = Wiring.start(config());
        service.close();
        service.close();

        assertThat(service.port()).isPositive();
    }
}
