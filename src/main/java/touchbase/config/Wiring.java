package touchbase.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.storage.Database;
import touchbase.web.Pages;
import touchbase.web.WebApp;

/**
 * The composition root: the only place that sees every package. It builds each component from the
 * validated {@link AppConfig} and hands each one only what it needs.
 */
public final class Wiring {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private Wiring() {
    }

    /** Opens the database and applies pending migrations. */
    public static Database migratedDatabase(AppConfig config) {
        Database database = Database.open(config.dbUrl());
        try {
            var result = database.migrate();
            LOG.info("database {} at schema version {} ({} migration(s) applied)", database.dialect().name(),
                    result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Applies pending migrations and closes the database; returns a line saying where it stands. */
    public static String migrate(AppConfig config) {
        try (Database database = migratedDatabase(config)) {
            return "database " + database.dialect().name() + " is up to date";
        }
    }

    /** Starts the whole service on {@code config.port()} (0 picks a free port). */
    public static RunningService start(AppConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Starts the whole service with the given clock. In demo mode the Google emulator is started
     * first and the rest is wired against it.
     */
    public static RunningService start(AppConfig requested, Clock clock) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            AppConfig config = requested;
            if (requested.demoMode() && requested.googleClient().isEmpty()) {
                DemoGoogle.Started demo = DemoGoogle.start(requested, clock);
                opened.add(demo.emulator());
                config = demo.config();
            }
            Database database = migratedDatabase(config);
            opened.add(database);
            WebApp web = new WebApp(database::isHealthy, new Pages(new Pages.Banner(config.demoMode())));
            web.start(config.host(), config.port());
            opened.add(web::stop);
            return new RunningService(web.port(), config, opened);
        } catch (RuntimeException e) {
            new RunningService(0, requested, opened).close();
            throw e;
        }
    }
}
