package touchbase.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import touchbase.storage.schema.SchemaHistory;

/**
 * The connection pool, the migrations and the Jdbi handle over one database (SQLite file by
 * default, PostgreSQL when configured). Closing it closes the pool.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final SqlDialect dialect;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens a pool on {@code jdbcUrl}, creating the SQLite file's folder when needed. {@code user}
     * and {@code password} may be null (SQLite, or a URL that carries them); {@code poolSize} is
     * the most connections the pool opens, the dialect's default when empty.
     */
    public static Database open(String jdbcUrl, String user, String password, OptionalInt poolSize) {
        SqlDialect dialect = SqlDialect.forUrl(jdbcUrl);
        createSqliteFolder(jdbcUrl);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("touchbase-" + dialect.name());
        pool.setJdbcUrl(jdbcUrl);
        if (user != null) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(password);
        }
        pool.setConnectionTimeout(5_000);
        pool.setInitializationFailTimeout(-1);
        pool.setMaximumPoolSize(poolSize.orElse(dialect.defaultPoolSize()));
        dialect.configure(pool);
        return new Database(new HikariDataSource(pool), dialect);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, OptionalInt.empty());
    }

    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** Applies every pending migration; an up-to-date database is left as it is. */
    public MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + SchemaHistory.LOCATION)
                .javaMigrations(DialectSchema.of(dialect))
                .load()
                .migrate();
    }

    /**
     * As {@link #migrate()}, but without starting Flyway when the database already has every migration
     * the jar holds ({@link SchemaHistory}): empty then, else what Flyway did. Start-up uses this.
     */
    public Optional<MigrateResult> migrateWhenBehind() {
        Set<String> javaVersions = Arrays.stream(DialectSchema.of(dialect)).map(m -> m.getVersion().getVersion())
                .collect(Collectors.toSet());
        if (SchemaHistory.isCurrent(dataSource, javaVersions, Database.class.getClassLoader())) {
            return Optional.empty();
        }
        return Optional.of(migrate());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pool, for a library that takes a {@link javax.sql.DataSource} (the background job scheduler). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The most connections the pool opens ({@code TOUCHBASE_DB_POOL_SIZE} or the dialect's default). */
    int maximumPoolSize() {
        return dataSource.getMaximumPoolSize();
    }

    /** True when a trivial query answers; used by the health check. */
    public boolean isHealthy() {
        if (dataSource.isClosed()) {
            return false;
        }
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Creates the SQLite folder readable by its owner only ({@code rwx------}) and the database file
     * {@code rw-------} before SQLite opens it; SQLite gives its {@code -wal} and {@code -shm} files the
     * permissions of the database file. The database holds every account's data.
     */
    private static void createSqliteFolder(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:") || jdbcUrl.contains(":memory:")) {
            return;
        }
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        Path database = Path.of(query >= 0 ? file.substring(0, query) : file).toAbsolutePath();
        try {
            if (database.getParent() != null && !Files.exists(database.getParent())) {
                Files.createDirectories(database.getParent(), ownerOnly("rwx------"));
            }
            if (!Files.exists(database)) {
                Files.createFile(database, ownerOnly("rw-------"));
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the database " + database + ": " + e.getMessage(), e);
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(String permissions) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString(permissions))};
    }
}
