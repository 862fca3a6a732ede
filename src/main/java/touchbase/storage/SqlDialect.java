package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;

/**
 * What differs between the databases Touchbase runs on. The schema and the queries are portable
 * SQL; only connection set-up (and any statement that cannot be portable) lives here.
 */
public interface SqlDialect {

    String name();

    /** Connection-level settings: pragmas for SQLite, nothing special for PostgreSQL. */
    void configure(HikariConfig pool);

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
