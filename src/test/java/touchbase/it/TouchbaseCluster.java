package touchbase.it;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import touchbase.config.AppConfig;
import touchbase.config.GoogleEndpoints;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.storage.Database;
import touchbase.storage.PostgresTestServer;

/**
 * Several Touchbase instances as an operator runs them: one PostgreSQL schema, one Google (the emulator,
 * started on its own and shared), the same public address, encryption key and Google client on each, and
 * each instance the real wiring with its own web server on a free port and its own db-scheduler. Every
 * instance and the emulator read one clock, which a test may shift forward. On SQLite ({@link #onSqlite})
 * the instances share the data folder's database file instead (one instance is what SQLite suits). Public
 * for {@code bench/scale}, which measures such clusters.
 */
public final class TouchbaseCluster implements AutoCloseable {

    private static final String SHARED_KEY = "q0e8Fzj7Y2VwZ3yW1oJtV0q3wE7r5k9mXc2nB4aS6dE=";

    private final ShiftedClock clock = new ShiftedClock();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Path dataDir;
    private final java.util.Optional<PostgresTestServer.Login> login;
    private final GoogleEmulator google;

    /** A cluster on a fresh schema of the test PostgreSQL ({@link PostgresTestServer}). */
    public TouchbaseCluster(Path dataDir) {
        this(dataDir, java.util.Optional.of(new PostgresTestServer.Schema().login()));
    }

    /** A cluster on the SQLite file in {@code dataDir}. */
    public static TouchbaseCluster onSqlite(Path dataDir) {
        return new TouchbaseCluster(dataDir, java.util.Optional.empty());
    }

    private TouchbaseCluster(Path dataDir, java.util.Optional<PostgresTestServer.Login> login) {
        this.dataDir = dataDir;
        this.login = login;
        google = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(clock)), 0, clock);
        running.add(google);
    }

    /** Starts one more instance (stopped with the cluster). */
    public RunningService instance() {
        Map<String, String> env = new HashMap<>(login.map(l -> PostgresDemoBookingFlowTest.environment(l, 4))
                .orElse(Map.of()));
        env.put("TOUCHBASE_BASE_URL", ClusterBrowser.PUBLIC_URL);
        env.put("TOUCHBASE_DATA_DIR", dataDir.toString());
        env.put("TOUCHBASE_SECRET_KEY", SHARED_KEY);
        env.put("TOUCHBASE_DEMO", "true");
        AppConfig config = AppConfig.fromEnvironment(env).withPort(0).withGoogle(
                new AppConfig.GoogleClient(DemoCalendars.CLIENT_ID, DemoCalendars.CLIENT_SECRET),
                new GoogleEndpoints(URI.create(google.authUri()), URI.create(google.tokenUri()),
                        URI.create(google.revokeUri()), URI.create(google.apiRoot()), URI.create(google.userinfoUri())));
        RunningService service = Wiring.start(config, clock);
        running.add(service);
        return service;
    }

    public GoogleEmulator google() {
        return google;
    }

    /** Moves every instance's and Google's time forward. */
    void shiftClock(Duration by) {
        clock.shift(by);
    }

    /** The number of rows of a table in the cluster's database, e.g. writes left in {@code outbox}. */
    long rows(String table) {
        String url = login.map(PostgresTestServer.Login::url).orElse("jdbc:sqlite:" + dataDir.resolve("touchbase.db"));
        try (Database database = Database.open(url, login.map(PostgresTestServer.Login::user).orElse(null),
                login.map(PostgresTestServer.Login::password).orElse(null))) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one());
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    /** The wall clock, shifted forward by the test (also for a single service: {@code RouletteRecheckOnTheEmulatorTest}). */
    static final class ShiftedClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
