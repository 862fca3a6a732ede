package touchbase.storage;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7.1: what the database needs so concurrent writers take distinct outbox queue
 * positions. The statements come from the dialect ({@link SqlDialect#outboxQueueSetUp()}): a
 * sequence on PostgreSQL, nothing on SQLite, where one writer at a time already makes
 * {@code MAX(queue_position) + 1} safe.
 */
final class OutboxQueueOrder implements JavaMigration {

    private final SqlDialect dialect;

    OutboxQueueOrder(SqlDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "outbox queue order";
    }

    /** The dialect's statements, so a database that ran other ones is told at validation. */
    @Override
    public Integer getChecksum() {
        return String.join(";", dialect.outboxQueueSetUp()).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : dialect.outboxQueueSetUp()) {
                statement.execute(sql);
            }
        }
    }
}
