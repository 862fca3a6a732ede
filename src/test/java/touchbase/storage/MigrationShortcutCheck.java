package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/**
 * {@link Database#migrateWhenBehind()} on any database: a new one is migrated by Flyway, a current one is
 * left without starting Flyway, and one a migration behind (the newest undone, as a database last run by
 * the previous release would be) gets exactly that migration.
 */
final class MigrationShortcutCheck {

    private MigrationShortcutCheck() {
    }

    static void migratesWhatIsBehindAndSkipsWhatIsCurrent(Supplier<Database> opened) {
        try (Database database = opened.get()) {
            assertThat(database.migrateWhenBehind()).hasValueSatisfying(r -> assertThat(r.migrationsExecuted).isPositive());
            assertThat(database.migrateWhenBehind()).isEmpty();
            database.jdbi().useHandle(h -> {
                h.execute("ALTER TABLE accounts DROP COLUMN feed_version");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '19'");
            });
        }
        try (Database behind = opened.get()) {
            assertThat(behind.migrateWhenBehind()).hasValueSatisfying(r -> {
                assertThat(r.migrationsExecuted).isEqualTo(1);
                assertThat(r.targetSchemaVersion).isEqualTo("19");
            });
            int accountsWithAVersion = behind.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(feed_version) FROM accounts").mapTo(Integer.class).one());
            assertThat(accountsWithAVersion).isZero();
            assertThat(behind.migrateWhenBehind()).isEmpty();
        }
    }
}
