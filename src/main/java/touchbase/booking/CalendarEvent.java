package touchbase.booking;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the calendar holds it: a series, one instance of a series, or (in a sync) a deleted
 * event. A deleted event may carry nothing but its id and {@link Status#CANCELLED}, so everything
 * else is optional or empty.
 *
 * @param recurringEventId for an instance, the id of its series
 * @param originalStart for an instance, where the series rule put it before any move
 * @param seriesId Touchbase's series id from the event's private extended properties
 */
public record CalendarEvent(
        String eventId,
        Status status,
        Optional<String> recurringEventId,
        Optional<ZonedDateTime> start,
        Optional<ZonedDateTime> end,
        Optional<ZonedDateTime> originalStart,
        List<String> recurrence,
        Optional<String> seriesId,
        List<Attendee> attendees,
        int sequence,
        Optional<String> meetUri) {

    /** Google's event status. */
    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    public CalendarEvent {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(recurringEventId, "recurringEventId must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(originalStart, "originalStart must not be null");
        recurrence = List.copyOf(Objects.requireNonNull(recurrence, "recurrence must not be null"));
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees must not be null"));
        Objects.requireNonNull(meetUri, "meetUri must not be null");
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /** The answer of the attendee with this email (case-insensitive), if invited. */
    public Optional<Attendee.Response> responseOf(String email) {
        return attendees.stream()
                .filter(attendee -> attendee.email().equalsIgnoreCase(email))
                .map(Attendee::response)
                .findFirst();
    }
}
