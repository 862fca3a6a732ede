package touchbase.storage;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7.1: what one database needs beyond the portable SQL migrations, as its dialect says
 * ({@link SqlDialect#schemaBeyondPortable()}). Nothing on SQLite; on PostgreSQL a sequence for
 * outbox queue positions and unbounded text for names.
 */
final class DialectSchema implements JavaMigration {

    private final SqlDialect dialect;

    DialectSchema(SqlDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "schema beyond portable SQL (" + dialect.name() + ")";
    }

    /** The dialect's statements, so a database that ran other ones is told at validation. */
    @Override
    public Integer getChecksum() {
        return String.join(";", dialect.schemaBeyondPortable()).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : dialect.schemaBeyondPortable()) {
                statement.execute(sql);
            }
        }
    }
}
