package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same Flyway migrations on PostgreSQL (see {@link PostgresTestServer}), each test in a schema of its own. */
class PostgresDatabaseMigrationTest {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    private Database open() {
        PostgresTestServer.Login login = schema.login();
        return Database.open(login.url(), login.user(), login.password());
    }

    @Test
    void migratesAnEmptySchemaToTheCurrentSchema() {
        try (Database database = open()) {
            var result = database.migrate();

            assertThat(result.migrationsExecuted).isPositive();
            assertThat(database.dialect().name()).isEqualTo("postgresql");
            assertThat(tables(database)).contains("accounts", "account_working_hours", "colleagues",
                    "colleague_working_hours", "touch_base_series", "occurrence_exceptions", "feed_tokens",
                    "oauth_credentials", "outbox", "idempotency_keys", "web_sessions", "calendar_sync_state",
                    "sign_in_attempts");
        }
    }

    @Test
    void leavesAnAlreadyMigratedSchemaAsItIs() {
        try (Database first = open()) {
            first.migrate();
        }
        try (Database again = open()) {
            var result = again.migrate();

            assertThat(result.migrationsExecuted).isZero();
            assertThat(again.isHealthy()).isTrue();
        }
    }

    @Test
    void booleansAreBooleanColumns() {
        try (Database database = open()) {
            database.migrate();

            String type = database.jdbi().withHandle(h -> h.createQuery("SELECT data_type FROM "
                    + "information_schema.columns WHERE table_schema = current_schema() AND table_name = 'colleagues' "
                    + "AND column_name = 'paused'").mapTo(String.class).one());

            assertThat(type).isEqualTo("boolean");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database database = open()) {
            database.migrate();

            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO colleagues (id, account_id, email, cadence, created_at, updated_at) "
                            + "VALUES ('c1', 'no-such-account', 'a@b.c', 'FREQ=WEEKLY', 'now', 'now')")))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void outboxQueuePositionsComeFromASequence() {
        try (Database database = open()) {
            database.migrate();

            List<String> sequences = database.jdbi().withHandle(h -> h.createQuery("SELECT sequence_name FROM "
                    + "information_schema.sequences WHERE sequence_schema = current_schema()").mapTo(String.class).list());

            assertThat(sequences).containsExactly("outbox_queue_position");
        }
    }

    @Test
    void aCurrentDatabaseIsLeftWithoutFlywayAndOneBehindIsMigrated() {
        MigrationShortcutCheck.migratesWhatIsBehindAndSkipsWhatIsCurrent(this::open);
    }

    private static List<String> tables(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() ORDER BY table_name").mapTo(String.class).list());
    }
}
