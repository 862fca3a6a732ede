package touchbase.fakes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.booking.Attendee;
import touchbase.booking.BookedEvent;
import touchbase.booking.CalendarEvent;
import touchbase.booking.CalendarEvents;
import touchbase.booking.SeriesChange;
import touchbase.booking.SeriesInvite;
import touchbase.domain.SeriesRule;
import touchbase.upkeep.SyncResult;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Interval;

/**
 * Google Calendar in memory, as the gateway presents it: recurring events by id (a deleted one keeps
 * its id), instance exceptions by original start, a change log for sync tokens, and faults to inject
 * per method. A repeated insert of the same id for the same series returns the stored event (Google's
 * 409 duplicate read back); for another series or a deleted event it is EVENT_ID_TAKEN.
 */
public final class FakeCalendarEvents implements CalendarEvents {

    /** What goes wrong on the next call of a method. */
    public enum Fault {
        /** The write is stored, then the answer is lost: a timeout after the write. */
        TIMEOUT_AFTER_WRITE,
        /** The connection resets after Google stored the write. */
        RESET_AFTER_WRITE,
        /** 503 before anything is stored. */
        UNAVAILABLE_503,
        /** 429 after the gateway's own retries. */
        RATE_LIMITED,
        /** The grant was revoked. */
        ACCESS_REVOKED,
        /** Google refuses the request itself. */
        REJECTED
    }

    private static final DateTimeFormatter INSTANCE_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Series> events = new LinkedHashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final List<Logged> log = new ArrayList<>();
    private int inserts;
    /** Runs while the next insert is on its way (between Google storing the event and its answer). */
    private Runnable duringNextInsert = () -> { };
    private int insertCalls;
    private boolean tokensExpired;

    private static final class Series {
        String calendarId;
        SeriesInvite invite;
        String rrule;
        boolean cancelled;
        int sequence;
        Attendee.Response response = Attendee.Response.NEEDS_ACTION;
        final Map<Instant, Instance> exceptions = new LinkedHashMap<>();
    }

    private static final class Instance {
        ZonedDateTime originalStart;
        ZonedDateTime start;
        boolean cancelled;
        Attendee.Response response;
    }

    private record Logged(long sequence, String calendarId, String eventId) {
    }

    /** The next calls of {@code method} (e.g. "insertSeries") fail with these faults, one per call. */
    public synchronized FakeCalendarEvents failNext(String method, Fault... next) {
        Deque<Fault> queue = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (Fault fault : next) {
            queue.add(fault);
        }
        return this;
    }

    /** Runs {@code action} while the next insert is on its way, as a request racing with it would. */
    public synchronized FakeCalendarEvents duringNextInsert(Runnable action) {
        duringNextInsert = action;
        return this;
    }

    /** Events actually created (not counting idempotent repeats). */
    public synchronized int inserts() {
        return inserts;
    }

    public synchronized int insertCalls() {
        return insertCalls;
    }

    /** Series events that are not deleted, on any calendar. */
    public synchronized int liveSeriesCount() {
        return (int) events.values().stream().filter(s -> !s.cancelled).count();
    }

    public synchronized boolean isDeleted(String eventId) {
        return events.containsKey(eventId) && events.get(eventId).cancelled;
    }

    public synchronized Optional<String> rrule(String eventId) {
        return Optional.ofNullable(events.get(eventId)).map(s -> s.rrule);
    }

    /** Puts an event with this id on the calendar for another series, so inserting it is EVENT_ID_TAKEN. */
    public synchronized void occupy(String eventId, SeriesInvite other) {
        Series series = new Series();
        series.calendarId = other.organizerCalendarId();
        series.invite = other;
        series.rrule = other.rrule();
        events.put(eventId, series);
    }

    /** The colleague declines one occurrence (Google makes it an exception on the organizer's calendar). */
    public synchronized void decline(String eventId, ZonedDateTime originalStart) {
        Series series = events.get(eventId);
        Instance instance = exception(series, originalStart);
        instance.response = Attendee.Response.DECLINED;
        changed(series.calendarId, eventId);
    }

    /** Sync tokens issued so far stop working (Google's 410 fullSyncRequired). */
    public synchronized void expireSyncTokens() {
        tokensExpired = true;
    }

    /** Busy intervals the event puts on the calendars of the organizer and of an attendee who did not decline. */
    public synchronized List<Interval> busyOf(String calendarId, Interval period) {
        List<Interval> busy = new ArrayList<>();
        for (Series series : events.values()) {
            if (series.cancelled) {
                continue;
            }
            boolean organizer = series.calendarId.equals(calendarId);
            boolean attendee = series.invite.attendeeEmail().equalsIgnoreCase(calendarId);
            if (!organizer && !attendee) {
                continue;
            }
            for (CalendarEvent instance : expand(series, period)) {
                boolean declined = instance.responseOf(series.invite.attendeeEmail())
                        .filter(r -> r == Attendee.Response.DECLINED).isPresent();
                if (!instance.cancelled() && (organizer || !declined)) {
                    busy.add(new Interval(instance.start().orElseThrow().toInstant(),
                            instance.end().orElseThrow().toInstant()));
                }
            }
        }
        return busy;
    }

    @Override
    public synchronized BookedEvent insertSeries(SeriesInvite invite) {
        insertCalls++;
        Optional<Fault> fault = fault("insertSeries");
        beforeWrite(fault);
        Series existing = events.get(invite.eventId());
        if (existing != null) {
            if (existing.cancelled || !existing.invite.seriesId().equals(invite.seriesId())) {
                throw new CalendarProblem(CalendarProblem.Kind.EVENT_ID_TAKEN, "The requested identifier already exists.",
                        "duplicate", null);
            }
        } else {
            Series series = new Series();
            series.calendarId = invite.organizerCalendarId();
            series.invite = invite;
            series.rrule = invite.rrule();
            events.put(invite.eventId(), series);
            inserts++;
            changed(series.calendarId, invite.eventId());
        }
        Runnable racing = duringNextInsert;
        duringNextInsert = () -> { };
        racing.run();
        afterWrite(fault);
        Series stored = events.get(invite.eventId());
        return new BookedEvent(invite.eventId(), invite.eventId() + "@google.com", stored.sequence,
                invite.withMeet() ? Optional.of("https://meet.google.com/abc-defg-hij") : Optional.empty(),
                "https://calendar.google.com/event?eid=" + invite.eventId());
    }

    @Override
    public synchronized Optional<CalendarEvent> series(String calendarId, String eventId) {
        return Optional.ofNullable(events.get(eventId)).map(s -> seriesEvent(eventId, s));
    }

    @Override
    public synchronized CalendarEvent patchSeries(String calendarId, String eventId, SeriesChange change) {
        Optional<Fault> fault = fault("patchSeries");
        beforeWrite(fault);
        Series series = existing(eventId);
        change.rrule().ifPresent(rule -> series.rrule = rule);
        series.sequence++;
        changed(series.calendarId, eventId);
        afterWrite(fault);
        return seriesEvent(eventId, series);
    }

    @Override
    public synchronized Optional<CalendarEvent> moveOccurrence(String calendarId, String eventId,
            ZonedDateTime originalStart, ZonedDateTime newStart, Duration duration) {
        Optional<Fault> fault = fault("moveOccurrence");
        beforeWrite(fault);
        Series series = events.get(eventId);
        if (series == null || series.cancelled || !hasInstanceAt(series, originalStart)) {
            return Optional.empty();
        }
        Instance instance = exception(series, originalStart);
        instance.start = newStart;
        instance.response = Attendee.Response.NEEDS_ACTION;
        changed(series.calendarId, eventId);
        afterWrite(fault);
        return Optional.of(instanceEvent(eventId, series, instance));
    }

    @Override
    public synchronized Optional<CalendarEvent> cancelOccurrence(String calendarId, String eventId,
            ZonedDateTime originalStart) {
        Optional<Fault> fault = fault("cancelOccurrence");
        beforeWrite(fault);
        Series series = events.get(eventId);
        if (series == null || series.cancelled || !hasInstanceAt(series, originalStart)) {
            return Optional.empty();
        }
        Instance instance = exception(series, originalStart);
        instance.cancelled = true;
        changed(series.calendarId, eventId);
        afterWrite(fault);
        return Optional.of(instanceEvent(eventId, series, instance));
    }

    @Override
    public synchronized void deleteSeries(String calendarId, String eventId) {
        Optional<Fault> fault = fault("deleteSeries");
        beforeWrite(fault);
        Series series = events.get(eventId);
        if (series == null) {
            throw new CalendarProblem(CalendarProblem.Kind.REJECTED, "Not Found", "notFound", null);
        }
        if (!series.cancelled) {
            series.cancelled = true;
            changed(series.calendarId, eventId);
        }
        afterWrite(fault);
    }

    @Override
    public synchronized List<CalendarEvent> instances(String calendarId, String eventId, Interval window) {
        Series series = existing(eventId);
        return expand(series, window);
    }

    @Override
    public synchronized List<CalendarEvent> touchbaseEvents(String calendarId) {
        return events.entrySet().stream()
                .filter(e -> e.getValue().calendarId.equals(calendarId))
                .map(e -> seriesEvent(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public synchronized SyncResult sync(String calendarId, Optional<String> syncToken) {
        fault("sync").ifPresent(f -> {
            throw problem(f);
        });
        long now = log.size();
        if (syncToken.isPresent()) {
            if (tokensExpired) {
                return new SyncResult.FullResyncRequired();
            }
            long since = Long.parseLong(syncToken.get().substring(1));
            Map<String, CalendarEvent> changed = new LinkedHashMap<>();
            for (Logged entry : log.subList((int) since, log.size())) {
                if (entry.calendarId().equals(calendarId)) {
                    current(entry.eventId()).ifPresent(event -> changed.put(event.eventId(), event));
                }
            }
            return new SyncResult.Changes(new ArrayList<>(changed.values()), "t" + now);
        }
        tokensExpired = false;
        List<CalendarEvent> all = new ArrayList<>();
        for (Map.Entry<String, Series> entry : events.entrySet()) {
            if (entry.getValue().calendarId.equals(calendarId)) {
                all.add(seriesEvent(entry.getKey(), entry.getValue()));
                entry.getValue().exceptions.values().forEach(i -> all.add(instanceEvent(entry.getKey(), entry.getValue(), i)));
            }
        }
        return new SyncResult.Changes(all, "t" + now);
    }

    private Optional<CalendarEvent> current(String loggedId) {
        int split = loggedId.indexOf('_');
        if (split < 0) {
            return Optional.ofNullable(events.get(loggedId)).map(s -> seriesEvent(loggedId, s));
        }
        Series series = events.get(loggedId.substring(0, split));
        return series.exceptions.values().stream()
                .filter(i -> instanceId(loggedId.substring(0, split), i).equals(loggedId))
                .findFirst()
                .map(i -> instanceEvent(loggedId.substring(0, split), series, i));
    }

    private List<CalendarEvent> expand(Series series, Interval window) {
        List<CalendarEvent> instances = new ArrayList<>();
        SeriesRule rule = SeriesRule.parse(series.rrule, series.invite.firstStart());
        Duration reach = Duration.ofDays(40);
        for (ZonedDateTime regular : rule.starts(series.invite.firstStart(), window.start().minus(reach),
                window.end().plus(reach))) {
            Instance instance = series.exceptions.get(regular.toInstant());
            if (instance == null) {
                instance = new Instance();
                instance.originalStart = regular;
                instance.start = regular;
            }
            if (window.contains(instance.start.toInstant())) {
                instances.add(instanceEvent(eventIdOf(series), series, instance));
            }
        }
        return instances;
    }

    private String eventIdOf(Series series) {
        return events.entrySet().stream().filter(e -> e.getValue() == series).findFirst().orElseThrow().getKey();
    }

    private boolean hasInstanceAt(Series series, ZonedDateTime originalStart) {
        Instant at = originalStart.toInstant();
        SeriesRule rule = SeriesRule.parse(series.rrule, series.invite.firstStart());
        return rule.starts(series.invite.firstStart(), at, at.plusSeconds(1)).stream()
                .anyMatch(start -> start.toInstant().equals(at));
    }

    private Instance exception(Series series, ZonedDateTime originalStart) {
        return series.exceptions.computeIfAbsent(originalStart.toInstant(), at -> {
            Instance instance = new Instance();
            instance.originalStart = originalStart.withZoneSameInstant(series.invite.firstStart().getZone());
            instance.start = instance.originalStart;
            return instance;
        });
    }

    private CalendarEvent seriesEvent(String eventId, Series series) {
        return new CalendarEvent(eventId, series.cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                Optional.empty(), Optional.of(series.invite.firstStart()),
                Optional.of(series.invite.firstStart().plus(series.invite.duration())), Optional.empty(),
                List.of("RRULE:" + series.rrule), Optional.of(series.invite.seriesId()),
                List.of(new Attendee(series.invite.attendeeEmail(), series.response)), series.sequence, Optional.empty());
    }

    private CalendarEvent instanceEvent(String eventId, Series series, Instance instance) {
        Attendee.Response response = instance.response == null ? series.response : instance.response;
        return new CalendarEvent(instanceId(eventId, instance),
                instance.cancelled || series.cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                Optional.of(eventId), Optional.of(instance.start),
                Optional.of(instance.start.plus(series.invite.duration())), Optional.of(instance.originalStart),
                List.of(), Optional.of(series.invite.seriesId()),
                List.of(new Attendee(series.invite.attendeeEmail(), response)), series.sequence, Optional.empty());
    }

    private static String instanceId(String eventId, Instance instance) {
        return eventId + "_" + INSTANCE_SUFFIX.format(instance.originalStart.toInstant());
    }

    private void changed(String calendarId, String eventId) {
        log.add(new Logged(log.size(), calendarId, eventId));
        Series series = events.get(eventId);
        if (series != null) {
            series.exceptions.values().forEach(i -> log.add(new Logged(log.size(), calendarId, instanceId(eventId, i))));
        }
    }

    private Series existing(String eventId) {
        Series series = events.get(eventId);
        if (series == null) {
            throw new CalendarProblem(CalendarProblem.Kind.REJECTED, "Not Found", "notFound", null);
        }
        return series;
    }

    private Optional<Fault> fault(String method) {
        Deque<Fault> queue = faults.get(method);
        return queue == null || queue.isEmpty() ? Optional.empty() : Optional.of(queue.poll());
    }

    private static void beforeWrite(Optional<Fault> fault) {
        fault.filter(f -> f != Fault.TIMEOUT_AFTER_WRITE && f != Fault.RESET_AFTER_WRITE).ifPresent(f -> {
            throw problem(f);
        });
    }

    private static void afterWrite(Optional<Fault> fault) {
        fault.filter(f -> f == Fault.TIMEOUT_AFTER_WRITE || f == Fault.RESET_AFTER_WRITE).ifPresent(f -> {
            throw problem(f);
        });
    }

    private static CalendarProblem problem(Fault fault) {
        return switch (fault) {
            case TIMEOUT_AFTER_WRITE -> new CalendarProblem(CalendarProblem.Kind.UNAVAILABLE,
                    "Google Calendar did not answer in time", null, null);
            case RESET_AFTER_WRITE -> new CalendarProblem(CalendarProblem.Kind.UNAVAILABLE, "Connection reset", null, null);
            case UNAVAILABLE_503 -> new CalendarProblem(CalendarProblem.Kind.UNAVAILABLE, "503 Service Unavailable",
                    "backendError", null);
            case RATE_LIMITED -> new CalendarProblem(CalendarProblem.Kind.RATE_LIMITED, "Rate Limit Exceeded",
                    "rateLimitExceeded", null);
            case ACCESS_REVOKED -> new CalendarProblem(CalendarProblem.Kind.ACCESS_REVOKED,
                    "Token has been expired or revoked.", "invalid_grant", null);
            case REJECTED -> new CalendarProblem(CalendarProblem.Kind.REJECTED, "Invalid recurrence rule", "invalid", null);
        };
    }
}
