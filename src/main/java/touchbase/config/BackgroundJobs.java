package touchbase.config;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.web.HealthCheck;

/**
 * Touchbase's background work on db-scheduler, whose {@code scheduled_tasks} table (migration 13) is
 * shared by every instance: each execution runs on one instance at a time, and one whose instance
 * died (no heartbeat for {@link #DEAD_AFTER}) is picked up by another. The outbox runs every
 * {@link Components#OUTBOX_EVERY} and, after a booking, soon ({@link #wakeOutbox()} schedules a
 * one-time run that the immediate-execution option starts at once on this instance); the recheck
 * every {@link Components#RECHECK_EVERY}; the purge of expired sessions, sign-ins, leases and budget
 * windows every {@link Components#PURGE_EVERY}. Access tokens are refreshed when a call needs one, so there
 * is no refresh job.
 */
final class BackgroundJobs implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final int MISSED_HEARTBEATS = 6;
    static final Duration DEAD_AFTER = HEARTBEAT.multipliedBy(MISSED_HEARTBEATS);

    private static final String SOON = "soon";
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Scheduler scheduler;
    private final OneTimeTask<Void> outboxSoon;
    private final Clock clock;

    /** @param clock the service's clock, which db-scheduler also reads (due times, heartbeats, dead executions) */
    BackgroundJobs(DataSource dataSource, boolean sqlite, Clock clock, Runnable outbox, Runnable recheck,
            Runnable purge) {
        this.clock = clock;
        RecurringTask<Void> outboxEvery = Tasks.recurring("outbox", FixedDelay.of(Components.OUTBOX_EVERY))
                .execute((instance, context) -> outbox.run());
        RecurringTask<Void> recheckEvery = Tasks.recurring("recheck", FixedDelay.of(Components.RECHECK_EVERY))
                .execute((instance, context) -> recheck.run());
        RecurringTask<Void> purgeEvery = Tasks.recurring("purge", FixedDelay.of(Components.PURGE_EVERY))
                .execute((instance, context) -> purge.run());
        outboxSoon = Tasks.oneTime("outbox-soon").execute((instance, context) -> outbox.run());
        var builder = Scheduler.create(dataSource, outboxSoon);
        if (sqlite) {
            builder.jdbcCustomization(new SqliteJobQueries());
        }
        scheduler = builder
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .startTasks(outboxEvery, recheckEvery, purgeEvery)
                .pollingInterval(Duration.ofSeconds(1))
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .threads(2)
                .build();
    }

    /**
     * This instance's name in {@code scheduled_tasks.picked_by}: host, process id and a random suffix, so
     * that several instances on one host (or one JVM, as in the tests) tell their executions apart.
     */
    private static String instanceName() {
        return new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid() + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    void start() {
        scheduler.start();
    }

    /** Starts the jobs and returns them, to be closed with the service. */
    BackgroundJobs started() {
        start();
        return this;
    }

    /**
     * Asks for an outbox run soon, on whichever instance gets it first; several asks make one run. Two
     * asks at the same moment race to insert the same execution and one loses (a duplicate key): that
     * ask is already answered, and the outbox also runs every {@link Components#OUTBOX_EVERY}, so a lost
     * race never fails the request that asked.
     */
    void wakeOutbox() {
        try {
            scheduler.scheduleIfNotExists(outboxSoon.instance(SOON), clock.instant());
        } catch (TaskInstanceException alreadyAsked) {
            LOG.debug("an outbox run was asked for at the same moment: {}", alreadyAsked.getMessage());
        }
    }

    /** Jobs that are due (their time has come, running or not) and jobs whose last run failed. */
    HealthCheck.Jobs summary() {
        Instant now = clock.instant();
        List<ScheduledExecution<Object>> all = scheduler.getScheduledExecutions(ScheduledExecutionsFilter.all());
        return new HealthCheck.Jobs(
                (int) all.stream().filter(e -> !e.getExecutionTime().isAfter(now)).count(),
                (int) all.stream().filter(ScheduledExecution::isPicked).count(),
                all.stream().filter(e -> e.getConsecutiveFailures() > 0)
                        .map(e -> e.getTaskInstance().getTaskName()).sorted().toList());
    }

    /** Stops taking jobs and waits up to 10 seconds for the ones running here. */
    @Override
    public void close() {
        scheduler.stop();
    }
}
