package touchbase.config;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;

/**
 * db-scheduler on SQLite: 16.6.0 has no SQLite customization, and its default one limits queries
 * with {@code OFFSET 0 ROWS FETCH FIRST n ROWS ONLY}, which SQLite does not parse; SQLite takes
 * {@code LIMIT n}. Everything else (optimistic picking with a version column, timestamps as the
 * driver's milliseconds) works as on any database; SQLite lets one writer in at a time.
 */
final class SqliteJobQueries extends DefaultJdbcCustomization {

    SqliteJobQueries() {
        super(true);
    }

    @Override
    public String getName() {
        return "SQLite";
    }

    @Override
    public String getQueryLimitPart(int limit) {
        return " LIMIT " + limit;
    }
}
