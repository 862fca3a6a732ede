package touchbase.google;

import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.EntryPoint;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.booking.Attendee;
import touchbase.booking.BookedEvent;
import touchbase.booking.CalendarEvent;
import touchbase.booking.SeriesChange;
import touchbase.booking.SeriesInvite;

/**
 * Translates between Touchbase's booking records and Google's {@link Event} (Calendar API v3 Event
 * resource). Touchbase's events carry the private extended properties {@code touchbase=1} and
 * {@code touchbaseSeriesId}, so they can be found again with {@code privateExtendedProperty}.
 */
final class EventMapper {

    static final String MARKER = "touchbase";
    static final String SERIES_ID = "touchbaseSeriesId";
    static final String MARKER_FILTER = MARKER + "=1";
    private static final DateTimeFormatter LOCAL_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** Also the suffix Google gives an instance's id after its series' id and an underscore. */
    static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * A new event: zoned start and end, the bare RRULE (none for a single event), the attendees,
     * optionally a Meet request.
     */
    Event toGoogle(SeriesInvite invite) {
        ZonedDateTime end = invite.firstStart().plus(invite.duration());
        Event event = new Event()
                .setId(invite.eventId())
                .setSummary(invite.summary())
                .setDescription(invite.description())
                .setStart(GoogleTimes.eventDateTime(invite.firstStart()))
                .setEnd(GoogleTimes.eventDateTime(end))
                .setRecurrence(invite.single() ? null : recurrence(invite))
                .setAttendees(attendees(invite))
                .setExtendedProperties(new Event.ExtendedProperties()
                        .setPrivate(Map.of(MARKER, "1", SERIES_ID, invite.seriesId())));
        if (invite.withMeet()) {
            event.setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                    .setRequestId(meetRequestId(invite))
                    .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))));
        }
        return event;
    }

    /**
     * The RRULE and, for occurrences not held, one EXDATE line at the series' own zone and wall-clock
     * time (RFC 5545 section 3.8.5.1; Calendar API {@code Event.recurrence}).
     */
    static List<String> recurrence(SeriesInvite invite) {
        List<String> lines = new ArrayList<>();
        lines.add("RRULE:" + invite.rrule());
        ZoneId zone = invite.firstStart().getZone();
        if (zone instanceof ZoneOffset) {
            invite.skipped().stream().map(start -> UTC_STAMP.format(start.toInstant())).distinct().sorted()
                    .forEach(start -> lines.add("EXDATE:" + start));
            return lines;
        }
        invite.skipped().stream()
                .map(start -> start.withZoneSameInstant(zone).toLocalDateTime())
                .distinct().sorted()
                .forEach(start -> lines.add("EXDATE;TZID=" + zone.getId() + ":" + LOCAL_STAMP.format(start)));
        return lines;
    }

    /**
     * The Meet request id, the same for every retry of this event (Google ignores a repeated one) and
     * new for a new generation of the series.
     */
    static String meetRequestId(SeriesInvite invite) {
        return "touchbase-" + invite.eventId();
    }

    /** Only the fields to change; Google's patch leaves the rest as it is. */
    Event patch(SeriesChange change) {
        Event event = new Event();
        change.summary().ifPresent(event::setSummary);
        change.description().ifPresent(event::setDescription);
        change.rrule().ifPresent(rule -> event.setRecurrence(List.of("RRULE:" + rule)));
        change.start().ifPresent(start -> event
                .setStart(GoogleTimes.eventDateTime(start))
                .setEnd(GoogleTimes.eventDateTime(start.plus(change.duration().orElseThrow()))));
        return event;
    }

    BookedEvent booked(Event event) {
        return new BookedEvent(
                event.getId(),
                Optional.ofNullable(event.getICalUID()).orElse(""),
                Optional.ofNullable(event.getSequence()).orElse(0),
                meetUri(event),
                Optional.ofNullable(event.getHtmlLink()).orElse(""));
    }

    CalendarEvent fromGoogle(Event event) {
        return new CalendarEvent(
                event.getId(),
                status(event.getStatus()),
                Optional.ofNullable(event.getRecurringEventId()),
                GoogleTimes.zoned(event.getStart()),
                GoogleTimes.zoned(event.getEnd()),
                GoogleTimes.zoned(event.getOriginalStartTime()),
                Optional.ofNullable(event.getRecurrence()).orElse(List.of()),
                privateProperty(event, SERIES_ID),
                attendees(event),
                Optional.ofNullable(event.getSequence()).orElse(0),
                meetUri(event));
    }

    static boolean isTouchbase(Event event) {
        return privateProperty(event, MARKER).filter("1"::equals).isPresent();
    }

    static Optional<String> privateProperty(Event event, String name) {
        if (event.getExtendedProperties() == null || event.getExtendedProperties().getPrivate() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(event.getExtendedProperties().getPrivate().get(name));
    }

    /** The Meet video link, once Google has created it. */
    static Optional<String> meetUri(Event event) {
        if (event.getConferenceData() != null && event.getConferenceData().getEntryPoints() != null) {
            Optional<String> video = event.getConferenceData().getEntryPoints().stream()
                    .filter(entry -> "video".equals(entry.getEntryPointType()))
                    .map(EntryPoint::getUri)
                    .filter(uri -> uri != null && !uri.isBlank())
                    .findFirst();
            if (video.isPresent()) {
                return video;
            }
        }
        return Optional.ofNullable(event.getHangoutLink()).filter(link -> !link.isBlank());
    }

    /** The colleague, then a group's other members, each with a display name when one is known. */
    private static List<EventAttendee> attendees(SeriesInvite invite) {
        List<EventAttendee> attendees = new java.util.ArrayList<>();
        attendees.add(attendee(invite.attendeeEmail(), invite.attendeeName()));
        invite.moreAttendees().forEach(guest -> attendees.add(attendee(guest.email(), guest.name())));
        return attendees;
    }

    private static EventAttendee attendee(String email, String name) {
        EventAttendee attendee = new EventAttendee().setEmail(email);
        if (!name.isBlank()) {
            attendee.setDisplayName(name);
        }
        return attendee;
    }

    private static List<Attendee> attendees(Event event) {
        if (event.getAttendees() == null) {
            return List.of();
        }
        return event.getAttendees().stream()
                .filter(attendee -> attendee.getEmail() != null)
                .map(attendee -> new Attendee(attendee.getEmail(), response(attendee.getResponseStatus())))
                .toList();
    }

    private static Attendee.Response response(String responseStatus) {
        if (responseStatus == null) {
            return Attendee.Response.NEEDS_ACTION;
        }
        return switch (responseStatus) {
            case "declined" -> Attendee.Response.DECLINED;
            case "tentative" -> Attendee.Response.TENTATIVE;
            case "accepted" -> Attendee.Response.ACCEPTED;
            default -> Attendee.Response.NEEDS_ACTION;
        };
    }

    private static CalendarEvent.Status status(String status) {
        if ("cancelled".equals(status)) {
            return CalendarEvent.Status.CANCELLED;
        }
        return "tentative".equals(status) ? CalendarEvent.Status.TENTATIVE : CalendarEvent.Status.CONFIRMED;
    }
}
