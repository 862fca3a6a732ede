package touchbase.booking;

import touchbase.account.CalendarAccess;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.GroupBook;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import touchbase.domain.CalendarProblem;
import touchbase.domain.TouchBase;

/**
 * Carries the outbox to Google Calendar. Each due write is applied and then completed together with
 * the series as Google now has it; a crash anywhere only means the write is tried again, which is
 * safe because the event id comes from the series id and a repeated insert finds its own event.
 *
 * <p>Writes of one series go in the order they were queued (by {@code createdAt}, then id): a write
 * waits while an earlier one of its series is pending, so an occurrence is never moved before its
 * series is inserted.
 *
 * <p>Several workers (one per instance) may run at once: each claims its due writes for a lease ({@link #LEASE}
 * unless configured; {@link TouchBases#claimDueWrites}), gives back the ones it did not get to, and a worker that
 * dies leaves its writes due again when the lease ends. A write applied twice (a lease that ran out during a very
 * slow call) is still safe, as said above.
 *
 * <p>Failures: unavailable, rate limited and quota exceeded are retried with {@link RetryPolicy}
 * backoff, and given up after its attempts (an insert then leaves the series FAILED with the reason);
 * revoked access marks the series FAILED with "Reconnect Google Calendar to finish booking" but keeps
 * the write, retried every {@link RetryPolicy#reconnectPause()}, so the booking completes by itself
 * after reconnecting; an event id that is taken moves the series to its next id generation and
 * inserts again at once; a rejection is given up with Google's message.
 */
public final class OutboxWorker {

    /** The reason a series shows while its writes wait for the person to reconnect. */
    public static final String RECONNECT = "Reconnect Google Calendar to finish booking";

    static final Comparator<CalendarWrite> QUEUE_ORDER = Comparator.comparing(CalendarWrite::createdAt)
            .thenComparing(CalendarWrite::id);

    /** How long a claimed write is kept from other workers by default: far beyond one run's Google calls. */
    public static final java.time.Duration LEASE = java.time.Duration.ofMinutes(5);
    private static final int GENERATIONS_PER_RUN = 3;

    private final TouchBases touchBases;
    private final Colleagues colleagues;
    private final GroupBook groups;
    private final CalendarAccess calendars;
    private final Clock clock;
    private final RetryPolicy retry;
    private final int batchSize;
    private final java.time.Duration lease;
    /** Only an optimisation inside this JVM (no two runs here call Google for one account at once); what
     *  keeps workers of all instances apart is the lease taken in the database ({@link TouchBases#claimDueWrites}). */
    private final Map<String, ReentrantLock> accountLocks = new ConcurrentHashMap<>();

    /**
     * A worker that invites every member of a group's series ({@code groups} may be null: then only the first).
     * @param lease how long a claim lasts: the writes of a worker that died wait this long for another
     */
    public OutboxWorker(TouchBases touchBases, Colleagues colleagues, GroupBook groups, CalendarAccess calendars,
            Clock clock, RetryPolicy retry, int batchSize, java.time.Duration lease) {
        this.groups = groups;
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.retry = Objects.requireNonNull(retry, "retry must not be null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
    }

    /**
     * Claims the writes that are due now and applies them; returns how many were completed. Runs may
     * overlap: one account's writes are applied one at a time (a write whose account another run is
     * writing now is given back for the next run), and no account waits for another's calls to Google.
     */
    public int runOnce() {
        Instant now = clock.instant();
        Set<String> waiting = new HashSet<>();
        List<CalendarWrite> notReached = new ArrayList<>();
        int completed = 0;
        try {
            for (CalendarWrite write : touchBases.claimDueWrites(now, now.plus(lease), batchSize)) {
                ReentrantLock account = accountLocks.computeIfAbsent(write.accountId(), id -> new ReentrantLock());
                if (waiting.contains(write.seriesId()) || !isNextOfItsSeries(write) || !account.tryLock()) {
                    waiting.add(write.seriesId());
                    notReached.add(write);
                    continue;
                }
                try {
                    switch (apply(write)) {
                        case DONE -> completed++;
                        case RETRY_LATER -> waiting.add(write.seriesId());
                        case NOT_APPLIED -> {
                            waiting.add(write.seriesId());
                            notReached.add(write);
                        }
                    }
                } finally {
                    account.unlock();
                }
            }
        } finally {
            notReached.forEach(touchBases::rescheduleWrite);
        }
        return completed;
    }

    private enum Applied { DONE, RETRY_LATER, NOT_APPLIED }

    private boolean isNextOfItsSeries(CalendarWrite write) {
        return touchBases.pendingWrites(write.accountId(), write.seriesId()).stream()
                .min(QUEUE_ORDER)
                .map(first -> first.id().equals(write.id()))
                .orElse(false);
    }

    /** Applies one write: done (completed or given up), rescheduled for a retry, or not applied at all. */
    private Applied apply(CalendarWrite write) {
        Optional<TouchBase> found = touchBases.find(write.accountId(), write.seriesId());
        if (found.isEmpty()) {
            return Applied.NOT_APPLIED;
        }
        TouchBase series = found.get();
        try {
            switch (write.kind()) {
                case INSERT_SERIES -> insert(write, series);
                case MOVE_OCCURRENCE -> changeOccurrence(write, series);
                case CANCEL_OCCURRENCE -> changeOccurrence(write, series);
                case END_SERIES -> end(write, series);
                case DELETE_SERIES -> delete(write, series);
            }
            return Applied.DONE;
        } catch (CalendarProblem problem) {
            return failed(write, latest(series), problem.kind(), problem.getMessage());
        } catch (RuntimeException unexpected) {
            return failed(write, latest(series), CalendarProblem.Kind.UNAVAILABLE, String.valueOf(unexpected.getMessage()));
        }
    }

    private void insert(CalendarWrite write, TouchBase series) {
        if (series.status() == TouchBase.Status.CANCELLED) {
            touchBases.completeWrite(write.id(), series);
            return;
        }
        String calendarId = calendars.calendarId(write.accountId());
        Optional<Function<TouchBase, SeriesInvite>> invite = SeriesInvites.inviter(colleagues, groups, series,
                calendarId, calendars.ownerName(write.accountId()), touchBases.changes(write.accountId(), series.id()));
        if (invite.isEmpty()) {
            giveUp(write, series, "the colleague was removed before the series reached Google Calendar");
            return;
        }
        CalendarEvents events = calendars.events(write.accountId());
        TouchBase current = series;
        for (int generation = 0; ; generation++) {
            try {
                BookedEvent booked = events.insertSeries(invite.get().apply(current));
                touchBases.completeWrite(write.id(), booked(current, booked));
                return;
            } catch (CalendarProblem problem) {
                if (problem.kind() != CalendarProblem.Kind.EVENT_ID_TAKEN || generation + 1 >= GENERATIONS_PER_RUN) {
                    throw problem;
                }
                current = current.nextGeneration(clock.instant());
                touchBases.save(current, List.of(), List.of());
            }
        }
    }

    /** The series with its Google event; cancelled or ended meanwhile, it stays so (the queued delete finds the event). */
    private TouchBase booked(TouchBase series, BookedEvent event) {
        Instant now = clock.instant();
        TouchBase booked = series.booked(event.eventId(), event.iCalUid(), event.sequence(), event.meetUri(), now);
        TouchBase latest = latest(series);
        if (latest.status() == TouchBase.Status.ENDED || latest.status() == TouchBase.Status.CANCELLED) {
            return booked.withStatus(latest.status(), latest.statusReason(), now);
        }
        return booked;
    }

    private void changeOccurrence(CalendarWrite write, TouchBase series) {
        if (neverReachedGoogle(series)) {
            touchBases.abandonWrite(write.id(), series);
            return;
        }
        CalendarEvents events = calendars.events(write.accountId());
        String calendarId = calendars.calendarId(write.accountId());
        if (write.kind() == CalendarWrite.Kind.MOVE_OCCURRENCE && series.isSingle()) { // one event: no instances
            events.patchSeries(calendarId, eventId(series), SeriesChange.none().withTime(write.newStart().orElseThrow(),
                    series.duration()));
        } else if (write.kind() == CalendarWrite.Kind.MOVE_OCCURRENCE) {
            events.moveOccurrence(calendarId, eventId(series), write.occurrence().orElseThrow(),
                    write.newStart().orElseThrow(), series.duration());
        } else {
            events.cancelOccurrence(calendarId, eventId(series), write.occurrence().orElseThrow());
        }
        touchBases.completeWrite(write.id(), recovered(latest(series))); // read again: changed while Google answered?
    }

    private void end(CalendarWrite write, TouchBase series) {
        if (neverReachedGoogle(series)) {
            touchBases.abandonWrite(write.id(), series);
            return;
        }
        String rule = series.rule().endingBefore(write.occurrence().orElseThrow().toInstant()).toRRule();
        calendars.events(write.accountId()).patchSeries(calendars.calendarId(write.accountId()), eventId(series),
                SeriesChange.none().withRrule(rule));
        touchBases.completeWrite(write.id(), series);
    }

    private void delete(CalendarWrite write, TouchBase series) {
        CalendarEvents events = calendars.events(write.accountId());
        String calendarId = calendars.calendarId(write.accountId());
        try {
            events.deleteSeries(calendarId, eventId(series));
        } catch (CalendarProblem problem) {
            boolean gone = problem.kind() == CalendarProblem.Kind.REJECTED
                    && events.series(calendarId, eventId(series)).map(CalendarEvent::cancelled).orElse(true);
            if (!gone) {
                throw problem;
            }
        }
        touchBases.completeWrite(write.id(), series);
    }

    private Applied failed(CalendarWrite write, TouchBase series, CalendarProblem.Kind kind, String message) {
        Instant now = clock.instant();
        switch (kind) {
            case UNAVAILABLE, RATE_LIMITED, QUOTA_EXCEEDED -> {
                if (retry.exhausted(write.attempts())) {
                    giveUp(write, series, "Google Calendar did not take the change after " + retry.maxAttempts()
                            + " attempts: " + message);
                    return Applied.DONE;
                }
                touchBases.rescheduleWrite(write.retryAt(now.plus(retry.delay(write.attempts(), kind)), message));
                return Applied.RETRY_LATER;
            }
            case ACCESS_REVOKED -> {
                if (series.status() != TouchBase.Status.CANCELLED && series.status() != TouchBase.Status.ENDED) {
                    touchBases.save(series.withStatus(TouchBase.Status.FAILED, Optional.of(RECONNECT), now),
                            List.of(), List.of());
                }
                touchBases.rescheduleWrite(new CalendarWrite(write.id(), write.accountId(), write.seriesId(),
                        write.kind(), write.occurrence(), write.newStart(), write.attempts(),
                        now.plus(retry.reconnectPause()), Optional.of(message), write.createdAt()));
                return Applied.RETRY_LATER;
            }
            default -> {
                giveUp(write, series, "Google Calendar refused it: " + message);
                return Applied.DONE;
            }
        }
    }

    /** Drops the write; a series whose insert failed becomes FAILED, any other keeps its status with the reason. */
    private void giveUp(CalendarWrite write, TouchBase series, String reason) {
        Instant now = clock.instant();
        TouchBase.Status status = write.kind() == CalendarWrite.Kind.INSERT_SERIES && series.isActive()
                ? TouchBase.Status.FAILED
                : series.status();
        touchBases.abandonWrite(write.id(), series.withStatus(status, Optional.of(reason), now));
    }

    /** A series that failed for revoked access is booked again once a write of it succeeds. */
    private TouchBase recovered(TouchBase series) {
        if (series.status() == TouchBase.Status.FAILED && series.statusReason().filter(RECONNECT::equals).isPresent()
                && series.googleEventId().isPresent()) {
            return series.withStatus(TouchBase.Status.BOOKED, Optional.empty(), clock.instant());
        }
        return series;
    }

    private static boolean neverReachedGoogle(TouchBase series) {
        return series.status() == TouchBase.Status.FAILED && series.googleEventId().isEmpty()
                && series.statusReason().filter(RECONNECT::equals).isEmpty();
    }

    private TouchBase latest(TouchBase series) {
        return touchBases.find(series.accountId(), series.id()).orElse(series);
    }

    private static String eventId(TouchBase series) {
        return series.googleEventId().orElseGet(() -> EventIds.forSeries(UUID.fromString(series.id()), series.generation()));
    }
}
