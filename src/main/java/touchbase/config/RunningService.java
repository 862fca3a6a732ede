package touchbase.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.google.emulator.GoogleEmulator;

/**
 * A started Touchbase: its port and the things to close, in the reverse order they were opened
 * (the web server first, so requests in flight finish before the pool closes).
 */
public final class RunningService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final int port;
    private final AppConfig config;
    private final List<AutoCloseable> resources;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Optional<GoogleEmulator> emulator = Optional.empty();
    private Optional<AutoCloseable> database = Optional.empty();

    RunningService(int port, AppConfig config, List<AutoCloseable> openedInOrder) {
        this.port = port;
        this.config = config;
        this.resources = new ArrayList<>(openedInOrder);
        Collections.reverse(this.resources);
    }

    public int port() {
        return port;
    }

    /** The configuration the service runs with (in demo mode: pointed at the Google emulator). */
    public AppConfig config() {
        return config;
    }

    RunningService withEmulator(Optional<GoogleEmulator> demoGoogle) {
        this.emulator = demoGoogle;
        return this;
    }

    RunningService withDatabase(AutoCloseable pool) {
        this.database = Optional.of(pool);
        return this;
    }

    /**
     * Stops as a killed process would, for failure drills and tests of several instances: the database
     * connections are cut first, so this instance gives nothing back (its claimed outbox writes stay
     * leased, its picked jobs keep their last heartbeat) and the other instances take the work over when
     * the lease ends and the heartbeat is missed; then the rest is closed. Later calls do nothing.
     */
    public void crash() {
        if (stopped.get()) {
            return;
        }
        database.ifPresent(pool -> closeQuietly(pool));
        close();
    }

    /** In demo mode, the Google emulator the service talks to (for checks against "Google" itself). */
    public Optional<GoogleEmulator> emulator() {
        return emulator;
    }

    /** Stops once; later calls do nothing. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        resources.forEach(RunningService::closeQuietly);
        LOG.info("Touchbase stopped");
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("could not close {} cleanly: {}", resource.getClass().getSimpleName(), e.getMessage());
        }
    }
}
