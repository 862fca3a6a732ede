package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite: write-ahead logging so readers never block the writer, foreign keys enforced (off by
 * default in SQLite), and a busy timeout with transactions that take the write lock when they begin, so
 * concurrent writers wait instead of failing. SQLite lets
 * one writer at a time in, so a value read and written in one statement cannot race.
 */
final class SqliteDialect implements SqlDialect {

    static final int BUSY_TIMEOUT_MS = 5_000;

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void configure(HikariConfig pool) {
        pool.addDataSourceProperty("journal_mode", "WAL");
        pool.addDataSourceProperty("foreign_keys", "true");
        pool.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        pool.addDataSourceProperty("synchronous", "NORMAL");
        // A deferred transaction that reads and then writes cannot wait for the write lock (SQLite answers
        // SQLITE_BUSY at once to avoid a deadlock); taking it at BEGIN lets the busy timeout apply.
        pool.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }

    @Override
    public int defaultPoolSize() {
        return 4;
    }

    /** Nothing: one writer at a time makes {@code MAX() + 1} safe, and lengths are never enforced. */
    @Override
    public List<String> schemaBeyondPortable() {
        return List.of();
    }

    @Override
    public String nextOutboxQueuePosition() {
        return "(SELECT COALESCE(MAX(queue_position), 0) + 1 FROM outbox)";
    }

    @Override
    public String lockRowsSkippingLocked() {
        return "";
    }

    /** db-scheduler's PostgreSQL table with a BLOB for the task data; db-scheduler reads and writes its
     * times through JDBC timestamps, which the SQLite driver stores as milliseconds. */
    @Override
    public List<String> scheduledTasksTable() {
        return DialectSchema.scheduledTasks("BLOB");
    }

    @Override
    public boolean violatesUniqueIndex(SQLException failure, String index, String table, String column) {
        String message = failure.getMessage();
        return message != null && message.contains("UNIQUE constraint failed: " + table + "." + column);
    }
}
