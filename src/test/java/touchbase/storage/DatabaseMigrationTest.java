package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @TempDir
    Path dataDir;

    private String url() {
        return "jdbc:sqlite:" + dataDir.resolve("nested/folder/touchbase.db");
    }

    @Test
    void migratesAnEmptyDatabaseToTheCurrentSchema() {
        try (Database database = Database.open(url())) {
            var result = database.migrate();

            assertThat(result.migrationsExecuted).isPositive();
            assertThat(tables(database)).contains("accounts", "account_working_hours", "colleagues",
                    "colleague_working_hours", "touch_base_series", "occurrence_exceptions", "feed_tokens",
                    "oauth_credentials", "outbox", "idempotency_keys", "web_sessions", "calendar_sync_state");
        }
    }

    @Test
    void colleaguesStoredBeforeZoneSourcesCountAsGiven() {
        try (Database database = Database.open(url())) {
            database.migrate();
            database.jdbi().useHandle(h -> {
                h.execute("INSERT INTO accounts (id, email, time_zone, created_at, updated_at) "
                        + "VALUES ('a1', 'me@example.com', 'UTC', 'now', 'now')");
                h.execute("INSERT INTO colleagues (id, account_id, email, cadence, created_at, updated_at) "
                        + "VALUES ('c1', 'a1', 'a@b.c', 'FREQ=WEEKLY', 'now', 'now')");
                assertThat(h.createQuery("SELECT time_zone_source FROM colleagues WHERE id = 'c1'")
                        .mapTo(String.class).one()).isEqualTo("given");
            });
        }
    }

    @Test
    void leavesAnAlreadyMigratedDatabaseAsItIs() {
        try (Database first = Database.open(url())) {
            first.migrate();
        }
        try (Database again = Database.open(url())) {
            var result = again.migrate();

            assertThat(result.migrationsExecuted).isZero();
            assertThat(again.isHealthy()).isTrue();
        }
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeysAndABusyTimeout() {
        try (Database database = Database.open(url())) {
            database.migrate();
            database.jdbi().useHandle(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one())
                        .isEqualTo(SqliteDialect.BUSY_TIMEOUT_MS);
            });
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database database = Database.open(url())) {
            database.migrate();

            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO colleagues (id, account_id, email, cadence, created_at, updated_at) "
                            + "VALUES ('c1', 'no-such-account', 'a@b.c', 'FREQ=WEEKLY', 'now', 'now')")))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void createsTheDataFolderWhenMissing() {
        try (Database database = Database.open(url())) {
            assertThat(database.isHealthy()).isTrue();
        }
        assertThat(dataDir.resolve("nested/folder/touchbase.db")).exists();
    }

    @Test
    void thePoolOpensAtMostTheConfiguredNumberOfConnectionsOrTheDialectsDefault() {
        try (Database configured = Database.open(url(), null, null, OptionalInt.of(2))) {
            assertThat(configured.maximumPoolSize()).isEqualTo(2);
        }
        try (Database fallback = Database.open(url())) {
            assertThat(fallback.maximumPoolSize()).isEqualTo(new SqliteDialect().defaultPoolSize());
        }
    }

    @Test
    void aClosedDatabaseIsNotHealthy() {
        Database database = Database.open(url());
        database.close();

        assertThat(database.isHealthy()).isFalse();
    }

    @Test
    void aCurrentDatabaseIsLeftWithoutFlywayAndOneBehindIsMigrated() {
        MigrationShortcutCheck.migratesWhatIsBehindAndSkipsWhatIsCurrent(() -> Database.open(url()));
    }

    private static List<String> tables(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
    }
}
