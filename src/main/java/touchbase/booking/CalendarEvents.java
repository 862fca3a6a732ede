package touchbase.booking;

import touchbase.upkeep.SyncResult;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import touchbase.domain.Interval;

/**
 * Port: the calendar where touch-bases are booked as real invites. Every change notifies the
 * attendees. Failures after the adapter's own retries are {@link touchbase.domain.CalendarProblem}s.
 */
public interface CalendarEvents {

    /**
     * Books the series. Idempotent for one {@link SeriesInvite#eventId()}: if the event already
     * exists for the same series (a retried insert), that event is returned.
     */
    BookedEvent insertSeries(SeriesInvite invite);

    /** The series itself, or empty if the calendar has no such event. */
    Optional<CalendarEvent> series(String calendarId, String eventId);

    /** Changes the whole series; conference data is kept. */
    CalendarEvent patchSeries(String calendarId, String eventId, SeriesChange change);

    /**
     * Moves the instance the rule put at {@code originalStart} to {@code newStart}. Empty when the
     * series has no instance there.
     */
    Optional<CalendarEvent> moveOccurrence(
            String calendarId, String eventId, ZonedDateTime originalStart, ZonedDateTime newStart, Duration duration);

    /** Cancels the one instance the rule put at {@code originalStart}. Empty when there is none. */
    Optional<CalendarEvent> cancelOccurrence(String calendarId, String eventId, ZonedDateTime originalStart);

    /** Deletes the whole series; deleting a series that is already deleted succeeds. */
    void deleteSeries(String calendarId, String eventId);

    /** The series' instances that start within the window, cancelled ones included. */
    List<CalendarEvent> instances(String calendarId, String eventId, Interval window);

    /** Every series Touchbase booked on this calendar (marked with its private properties). */
    List<CalendarEvent> touchbaseEvents(String calendarId);

    /**
     * Changes since {@code syncToken}, or a full listing with a first token when it is empty. Only
     * Touchbase's events are returned, plus cancelled events (which may carry only their id).
     */
    SyncResult sync(String calendarId, Optional<String> syncToken);
}
