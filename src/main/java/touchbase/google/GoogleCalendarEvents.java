package touchbase.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import touchbase.booking.BookedEvent;
import touchbase.booking.CalendarEvent;
import touchbase.booking.CalendarEvents;
import touchbase.booking.SeriesChange;
import touchbase.booking.SeriesInvite;
import touchbase.upkeep.SyncResult;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Interval;

/**
 * Touchbase's invites as Google Calendar events (Calendar API v3 {@code events} resource). Every
 * change is sent with {@code sendUpdates=all} so attendees are told, and every patch with
 * {@code conferenceDataVersion=1} so a Meet conference is kept. A Meet link is asked for in the insert
 * itself; when Google answers it still {@code pending}, it is not polled for (that would double the
 * calls of a booking): the series is booked without it and the next sync brings it (see the recheck).
 */
public final class GoogleCalendarEvents implements CalendarEvents {

    private static final String ALL = "all";
    private static final int PAGE_SIZE = 250;

    private final Calendar calendar;
    private final EventMapper mapper = new EventMapper();

    public GoogleCalendarEvents(Calendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    @Override
    public BookedEvent insertSeries(SeriesInvite invite) {
        String calendarId = invite.organizerCalendarId();
        Event stored;
        try {
            Calendar.Events.Insert insert = calendar.events().insert(calendarId, mapper.toGoogle(invite))
                    .setSendUpdates(ALL);
            if (invite.withMeet()) {
                insert.setConferenceDataVersion(1);
            }
            stored = insert.execute();
        } catch (IOException e) {
            if (!GoogleErrors.hasReason(e, 409, "duplicate")) {
                throw GoogleErrors.insertProblem(e, calendarId);
            }
            stored = storedByEarlierAttempt(invite);
        }
        return mapper.booked(stored);
    }

    /** 409 duplicate: a retried insert finds its own event, anything else means the id is taken. */
    private Event storedByEarlierAttempt(SeriesInvite invite) {
        Event existing = get(invite.organizerCalendarId(), invite.eventId())
                .orElseThrow(() -> idTaken(invite, "Google says it exists but does not show it"));
        if ("cancelled".equals(existing.getStatus())) {
            throw idTaken(invite, "it belongs to a deleted event");
        }
        if (!EventMapper.privateProperty(existing, EventMapper.SERIES_ID).filter(invite.seriesId()::equals).isPresent()) {
            throw idTaken(invite, "it belongs to another event");
        }
        return existing;
    }

    private static CalendarProblem idTaken(SeriesInvite invite, String why) {
        return new CalendarProblem(CalendarProblem.Kind.EVENT_ID_TAKEN,
                "The event id " + invite.eventId() + " cannot be used again because " + why
                        + ". Book the series with the next generation of its id.",
                "duplicate", null);
    }

    @Override
    public Optional<CalendarEvent> series(String calendarId, String eventId) {
        return get(calendarId, eventId).map(mapper::fromGoogle);
    }

    private Optional<Event> get(String calendarId, String eventId) {
        try {
            return Optional.of(calendar.events().get(calendarId, eventId).execute());
        } catch (IOException e) {
            if (GoogleErrors.hasStatus(e, 404)) {
                return Optional.empty();
            }
            throw GoogleErrors.problem(e, "read the touch-base");
        }
    }

    @Override
    public CalendarEvent patchSeries(String calendarId, String eventId, SeriesChange change) {
        return mapper.fromGoogle(patch(calendarId, eventId, mapper.patch(change), "change the touch-base series"));
    }

    /** One PATCH to the instance id Google derives ({@code eventId_yyyyMMddTHHmmssZ}); looked up only on 404. */
    @Override
    public Optional<CalendarEvent> moveOccurrence(
            String calendarId, String eventId, ZonedDateTime originalStart, ZonedDateTime newStart, Duration duration) {
        Event moved = new Event().setStart(GoogleTimes.eventDateTime(newStart))
                .setEnd(GoogleTimes.eventDateTime(newStart.plus(duration)));
        try {
            return Optional.of(mapper.fromGoogle(send(calendarId,
                    eventId + "_" + EventMapper.UTC_STAMP.format(originalStart.toInstant()), moved)));
        } catch (IOException e) {
            if (!GoogleErrors.hasStatus(e, 404)) {
                throw GoogleErrors.problem(e, "move the touch-base");
            }
        }
        return instanceAt(calendarId, eventId, originalStart)
                .map(instance -> mapper.fromGoogle(patch(calendarId, instance.getId(), moved, "move the touch-base")));
    }

    @Override
    public Optional<CalendarEvent> cancelOccurrence(String calendarId, String eventId, ZonedDateTime originalStart) {
        Event cancelled = new Event().setStatus("cancelled");
        return instanceAt(calendarId, eventId, originalStart)
                .map(instance -> mapper.fromGoogle(patch(calendarId, instance.getId(), cancelled, "skip the touch-base")));
    }

    private Event patch(String calendarId, String eventId, Event changes, String action) {
        try {
            return send(calendarId, eventId, changes);
        } catch (IOException e) {
            throw GoogleErrors.problem(e, action);
        }
    }

    private Event send(String calendarId, String eventId, Event changes) throws IOException {
        return calendar.events().patch(calendarId, eventId, changes).setSendUpdates(ALL).setConferenceDataVersion(1)
                .execute();
    }

    private Optional<Event> instanceAt(String calendarId, String eventId, ZonedDateTime originalStart) {
        try {
            Events found = calendar.events().instances(calendarId, eventId)
                    .setOriginalStart(GoogleTimes.rfc3339(originalStart))
                    .setShowDeleted(true)
                    .execute();
            return found.getItems() == null ? Optional.empty() : found.getItems().stream().findFirst();
        } catch (IOException e) {
            if (GoogleErrors.hasStatus(e, 404) || GoogleErrors.hasStatus(e, 410)) {
                return Optional.empty();
            }
            throw GoogleErrors.problem(e, "find the touch-base occurrence");
        }
    }

    @Override
    public void deleteSeries(String calendarId, String eventId) {
        try {
            calendar.events().delete(calendarId, eventId).setSendUpdates(ALL).execute();
        } catch (IOException e) {
            if (!GoogleErrors.hasReason(e, 410, "deleted")) {
                throw GoogleErrors.problem(e, "delete the touch-base series");
            }
        }
    }

    /**
     * Google's {@code timeMin} bounds an instance's end, not its start, so an instance already
     * running when the window opens is answered too; it is dropped here. A cancelled instance
     * without a start counts from its original start.
     */
    @Override
    public List<CalendarEvent> instances(String calendarId, String eventId, Interval window) {
        List<CalendarEvent> instances = new ArrayList<>();
        try {
            eachPage(pageToken -> calendar.events().instances(calendarId, eventId)
                            .setTimeMin(GoogleTimes.dateTime(window.start()))
                            .setTimeMax(GoogleTimes.dateTime(window.end()))
                            .setShowDeleted(true)
                            .setMaxResults(PAGE_SIZE)
                            .setPageToken(pageToken)
                            .execute(),
                    event -> {
                        CalendarEvent instance = mapper.fromGoogle(event);
                        if (startsWithin(instance, window)) {
                            instances.add(instance);
                        }
                    });
        } catch (IOException e) {
            throw GoogleErrors.problem(e, "list the touch-base occurrences");
        }
        return instances;
    }

    private static boolean startsWithin(CalendarEvent instance, Interval window) {
        return instance.start().or(instance::originalStart)
                .map(start -> !start.toInstant().isBefore(window.start()))
                .orElse(true);
    }

    /**
     * Google's listing holds the series and their exceptions (moved or cancelled instances, which
     * carry the series' private properties and a {@code recurringEventId}); only the series are kept.
     */
    @Override
    public List<CalendarEvent> touchbaseEvents(String calendarId) {
        List<CalendarEvent> events = new ArrayList<>();
        try {
            eachPage(pageToken -> calendar.events().list(calendarId)
                            .setPrivateExtendedProperty(List.of(EventMapper.MARKER_FILTER))
                            .setMaxResults(PAGE_SIZE)
                            .setPageToken(pageToken)
                            .execute(),
                    event -> {
                        if (event.getRecurringEventId() == null) {
                            events.add(mapper.fromGoogle(event));
                        }
                    });
        } catch (IOException e) {
            throw GoogleErrors.problem(e, "list Touchbase's events");
        }
        return events;
    }

    /**
     * Google refuses {@code privateExtendedProperty} together with {@code syncToken}, so the listing
     * is unfiltered and Touchbase's events are picked out here.
     */
    @Override
    public SyncResult sync(String calendarId, Optional<String> syncToken) {
        List<CalendarEvent> changed = new ArrayList<>();
        Events lastPage;
        try {
            lastPage = eachPage(pageToken -> calendar.events().list(calendarId)
                            .setSyncToken(syncToken.orElse(null))
                            .setMaxResults(PAGE_SIZE)
                            .setPageToken(pageToken)
                            .execute(),
                    event -> {
                        if (EventMapper.isTouchbase(event) || "cancelled".equals(event.getStatus())) {
                            changed.add(mapper.fromGoogle(event));
                        }
                    });
        } catch (IOException e) {
            if (GoogleErrors.hasStatus(e, 410)) {
                return new SyncResult.FullResyncRequired();
            }
            throw GoogleErrors.problem(e, "sync the calendar");
        }
        if (lastPage.getNextSyncToken() == null) {
            throw new CalendarProblem(CalendarProblem.Kind.UNAVAILABLE,
                    "Google ended the calendar listing without a sync token. Please try again later.", null, null);
        }
        return new SyncResult.Changes(changed, lastPage.getNextSyncToken());
    }

    /** One page of a listing, given the page token (null for the first page). */
    interface PageRequest {
        Events fetch(String pageToken) throws IOException;
    }

    /** Feeds every item of every page to {@code each}; returns the last page, which holds the sync token. */
    static Events eachPage(PageRequest request, Consumer<Event> each) throws IOException {
        String pageToken = null;
        Events page;
        do {
            page = request.fetch(pageToken);
            items(page).forEach(each);
            pageToken = page.getNextPageToken();
        } while (pageToken != null);
        return page;
    }

    private static List<Event> items(Events page) {
        return page.getItems() == null ? List.of() : page.getItems();
    }
}
