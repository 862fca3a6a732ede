package touchbase.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one PostgreSQL server of a test JVM, started on first use and stopped when the JVM exits.
 * By default an embedded PostgreSQL 17 (zonky's binaries; when the tests run as root it starts the
 * server as {@code nobody} in a user namespace, since PostgreSQL refuses to run as root). When
 * {@code TOUCHBASE_TEST_DB_URL} is set (with {@code TOUCHBASE_TEST_DB_USER} and
 * {@code TOUCHBASE_TEST_DB_PASSWORD} if the server needs them) the tests use that server instead,
 * which is how an operator checks their own PostgreSQL. The embedded server's output goes to
 * {@code touchbase-test-postgres.log} in the temp folder, not the test output.
 *
 * <p>Each caller gets a fresh, empty schema ({@link #freshSchema()}) named after this JVM, and
 * every schema made is dropped at exit, so runs never see each other's rows.
 */
public final class PostgresTestServer {

    public static final String URL_VARIABLE = "TOUCHBASE_TEST_DB_URL";
    public static final String USER_VARIABLE = "TOUCHBASE_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "TOUCHBASE_TEST_DB_PASSWORD";

    private static PostgresTestServer shared;

    private final Login server;
    private final Optional<EmbeddedPostgres> embedded;
    private final String schemaPrefix = "touchbase_test_" + ProcessHandle.current().pid() + "_";
    private final AtomicInteger schemas = new AtomicInteger();
    private final List<String> made = new ArrayList<>();

    /** Where a test connects: a JDBC URL whose default schema is the test's own, and the login. */
    public record Login(String url, String user, String password) {
        @Override
        public String toString() {
            return "Login[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***") + "]";
        }
    }

    private PostgresTestServer(Login server, Optional<EmbeddedPostgres> embedded) {
        this.server = server;
        this.embedded = embedded;
    }

    /** The server of this JVM, started (or connected to) on the first call. */
    public static synchronized PostgresTestServer shared() {
        if (shared == null) {
            shared = start(System.getenv());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-test-postgres"));
        }
        return shared;
    }

    private static PostgresTestServer start(Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new PostgresTestServer(new Login(url.trim(), env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)),
                    Optional.empty());
        }
        File log = new File(System.getProperty("java.io.tmpdir"), "touchbase-test-postgres.log");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            return new PostgresTestServer(new Login(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null),
                    Optional.of(postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL (its output is in " + log + "); set "
                    + URL_VARIABLE + " to test against a PostgreSQL server of your own", e);
        }
    }

    /** Creates a new, empty schema and returns a login whose connections use it by default. */
    public Login freshSchema() {
        String schema = schemaPrefix + schemas.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        synchronized (made) {
            made.add(schema);
        }
        String separator = server.url().contains("?") ? "&" : "?";
        return new Login(server.url() + separator + "currentSchema=" + schema, server.user(), server.password());
    }

    /**
     * One test's migrated database in a schema of its own on the shared server: the first
     * {@link #open()} makes the schema, later ones open the same schema again (as a restart would).
     */
    public static final class Schema {

        private Login login;

        public Login login() {
            if (login == null) {
                login = shared().freshSchema();
            }
            return login;
        }

        public Database open() {
            Database database = Database.open(login().url(), login().user(), login().password());
            database.migrate();
            return database;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run \"" + sql + "\" on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void stop() {
        if (embedded.isPresent()) {
            try {
                embedded.get().close();
            } catch (IOException e) {
                System.err.println("cannot stop the embedded PostgreSQL: " + e.getMessage());
            }
            return;
        }
        synchronized (made) {
            for (String schema : made) {
                try {
                    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (IllegalStateException e) {
                    System.err.println(e.getMessage());
                }
            }
        }
    }
}
