package touchbase.booking;

import touchbase.upkeep.RecheckJob;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task in the background on one thread: every {@code every} after {@link #start()}, and soon
 * after {@link #wake()} (several wakes before it runs make one run). The task never runs twice at
 * once; a failure is logged and the next run comes as planned. Used for the {@link OutboxWorker}
 * (every few seconds, woken after a booking) and the {@link RecheckJob}.
 */
public final class Periodic implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Periodic.class.getName());

    private final String name;
    private final Duration every;
    private final Runnable task;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public Periodic(String name, Duration every, Runnable task) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.every = Objects.requireNonNull(every, "every must not be null");
        this.task = Objects.requireNonNull(task, "task must not be null");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive, got " + every);
        }
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "touchbase-" + name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a run soon; does nothing before {@link #start()} or after {@link #stop()}. */
    public synchronized void wake() {
        if (executor != null && wakePending.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakePending.set(false);
                runSafely();
            });
        }
    }

    /** Stops after the run under way, waiting up to 10 seconds for it. */
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void runSafely() {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "background task " + name + " failed; it runs again in " + every, e);
        }
    }
}
