package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/**
 * {@link Database#migrateWhenBehind()} on any database: a new one is migrated by Flyway, a current one is
 * left without starting Flyway, and one a migration behind (the newest undone, as a database last run by
 * the previous release would be) gets exactly that migration.
 */
final class MigrationShortcutCheck {

    /** The newest migration, which the check undoes (V21: the coffee roulette's pair meetings). */
    private static final String NEWEST = "21";

    private MigrationShortcutCheck() {
    }

    static void migratesWhatIsBehindAndSkipsWhatIsCurrent(Supplier<Database> opened) {
        try (Database database = opened.get()) {
            assertThat(database.migrateWhenBehind()).hasValueSatisfying(r -> assertThat(r.migrationsExecuted).isPositive());
            assertThat(database.migrateWhenBehind()).isEmpty();
            database.jdbi().useHandle(h -> {
                h.execute("DROP INDEX touch_base_series_one_live_per_group");
                h.execute("DROP TABLE roulette_meetings");
                h.execute("ALTER TABLE touch_base_series DROP COLUMN single_event");
                h.execute("CREATE UNIQUE INDEX touch_base_series_one_live_per_group ON touch_base_series (group_id) "
                        + "WHERE status IN ('pending', 'booked') AND group_id IS NOT NULL");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '" + NEWEST + "'");
            });
        }
        try (Database behind = opened.get()) {
            assertThat(behind.migrateWhenBehind()).hasValueSatisfying(r -> {
                assertThat(r.migrationsExecuted).isEqualTo(1);
                assertThat(r.targetSchemaVersion).isEqualTo(NEWEST);
            });
            int pairMeetings = behind.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM roulette_meetings").mapTo(Integer.class).one());
            assertThat(pairMeetings).isZero();
            assertThat(behind.migrateWhenBehind()).isEmpty();
        }
    }
}
