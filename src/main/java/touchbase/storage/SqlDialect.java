package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the databases Touchbase runs on. The schema and the queries are portable
 * SQL; only connection set-up and the statements that cannot be portable live here, one class per
 * database.
 */
public interface SqlDialect {

    String name();

    /** Connection-level settings: pragmas for SQLite, nothing special for PostgreSQL. */
    void configure(HikariConfig pool);

    /** The pool size when {@code TOUCHBASE_DB_POOL_SIZE} does not set one. */
    int defaultPoolSize();

    /**
     * Statements of migration 7.1 ({@link DialectSchema}): what this database needs beyond the
     * portable migrations for the adapters to behave the same on every database.
     */
    List<String> schemaBeyondPortable();

    /** An SQL expression for the queue position of an outbox row being inserted. */
    String nextOutboxQueuePosition();

    /**
     * What ends a {@code SELECT} whose rows the transaction locks, skipping rows another transaction
     * holds, so that two workers never claim the same row: {@code FOR UPDATE SKIP LOCKED} on
     * PostgreSQL, nothing on SQLite (one writer at a time; transactions take the write lock at BEGIN).
     */
    String lockRowsSkippingLocked();

    /** Statements of migration 13 ({@link DialectSchema}): db-scheduler's {@code scheduled_tasks} table. */
    List<String> scheduledTasksTable();

    /**
     * True when {@code failure} is the database refusing a row because of the unique index
     * {@code index} on {@code table (column)}; SQLite names the column, PostgreSQL the index.
     */
    boolean violatesUniqueIndex(SQLException failure, String index, String table, String column);

    /** The dialect of the database {@code handle} is connected to. */
    static SqlDialect of(Handle handle) {
        try {
            return forUrl(handle.getConnection().getMetaData().getURL());
        } catch (SQLException e) {
            throw new StorageException("cannot tell which database the connection is to: " + e.getMessage(), e);
        }
    }

    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new StorageException("no SQL dialect for " + jdbcUrl + "; use jdbc:sqlite: or jdbc:postgresql:");
    }
}
