package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL: the schema is the same; the pool can be larger since writers do not serialise, which
 * is also why outbox queue positions come from a sequence rather than {@code MAX() + 1} (two
 * transactions would read the same maximum).
 */
final class PostgresDialect implements SqlDialect {

    /** SQLSTATE unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String QUEUE_SEQUENCE = "outbox_queue_position";

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void configure(HikariConfig pool) {
        // nothing beyond the pool's defaults
    }

    @Override
    public int defaultPoolSize() {
        return 10;
    }

    /**
     * Outbox queue positions from a sequence; and names as unbounded text, since PostgreSQL enforces
     * {@code VARCHAR(255)}, which SQLite never does, and neither a colleague's name nor a Google
     * profile's has a limit.
     */
    @Override
    public List<String> schemaBeyondPortable() {
        return List.of(
                "ALTER TABLE colleagues ALTER COLUMN display_name TYPE TEXT",
                "ALTER TABLE accounts ALTER COLUMN display_name TYPE TEXT",
                "ALTER TABLE outbox ALTER COLUMN queue_position TYPE BIGINT",
                "CREATE SEQUENCE " + QUEUE_SEQUENCE + " AS BIGINT OWNED BY outbox.queue_position",
                "SELECT setval('" + QUEUE_SEQUENCE + "', (SELECT COALESCE(MAX(queue_position), 0) + 1 FROM outbox), false)");
    }

    @Override
    public String nextOutboxQueuePosition() {
        return "nextval('" + QUEUE_SEQUENCE + "')";
    }

    @Override
    public String lockRowsSkippingLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /** db-scheduler's table as its documentation gives it for PostgreSQL. */
    @Override
    public List<String> scheduledTasksTable() {
        return DialectSchema.scheduledTasks("BYTEA");
    }

    @Override
    public boolean violatesUniqueIndex(SQLException failure, String index, String table, String column) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState()) && failure.getMessage() != null
                && failure.getMessage().contains("\"" + index + "\"");
    }
}
