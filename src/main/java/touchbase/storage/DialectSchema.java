package touchbase.storage;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration whose statements its database's dialect gives. Migration 7.1
 * ({@link SqlDialect#schemaBeyondPortable()}): nothing on SQLite; on PostgreSQL a sequence for outbox
 * queue positions and unbounded text for names. Migration 13
 * ({@link SqlDialect#scheduledTasksTable()}): db-scheduler's table of background jobs.
 */
final class DialectSchema implements JavaMigration {

    private final String version;
    private final String description;
    private final List<String> statements;

    private DialectSchema(String version, String description, List<String> statements) {
        this.version = version;
        this.description = description;
        this.statements = List.copyOf(statements);
    }

    /** Every migration a dialect gives, in version order. */
    static JavaMigration[] of(SqlDialect dialect) {
        return new JavaMigration[] {
            new DialectSchema("7.1", "schema beyond portable SQL (" + dialect.name() + ")", dialect.schemaBeyondPortable()),
            new DialectSchema("13", "background jobs table (" + dialect.name() + ")", dialect.scheduledTasksTable())
        };
    }

    /** db-scheduler's table as its documentation gives it for PostgreSQL, with the type that holds the task data. */
    static List<String> scheduledTasks(String bytesType) {
        return List.of("CREATE TABLE scheduled_tasks (task_name TEXT NOT NULL, task_instance TEXT NOT NULL, "
                        + "task_data " + bytesType + ", execution_time TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "picked BOOLEAN NOT NULL, picked_by TEXT, last_success TIMESTAMP WITH TIME ZONE, "
                        + "last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT, "
                        + "last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT, "
                        + "PRIMARY KEY (task_name, task_instance))",
                "CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)",
                "CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)",
                "CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** The dialect's statements, so a database that ran other ones is told at validation. */
    @Override
    public Integer getChecksum() {
        return String.join(";", statements).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
