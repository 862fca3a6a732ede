package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;

/** PostgreSQL: the schema is the same; the pool can be larger since writers do not serialise. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void configure(HikariConfig pool) {
        pool.setMaximumPoolSize(10);
    }
}
