package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;

/**
 * SQLite: write-ahead logging so readers never block the writer, foreign keys enforced (off by
 * default in SQLite), and a busy timeout so concurrent writers wait instead of failing.
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
        pool.setMaximumPoolSize(4);
    }
}
