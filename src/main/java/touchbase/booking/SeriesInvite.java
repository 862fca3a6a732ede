package touchbase.booking;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A recurring touch-base to put on the organizer's calendar with one invited colleague, or with every
 * member of a group (the first as {@code attendeeEmail}, the others in {@code moreAttendees}).
 *
 * @param eventId client-chosen event id (see {@link EventIds#forSeries}), so a retried insert
 *     cannot create a second event
 * @param rrule the recurrence rule without the {@code RRULE:} prefix and without DTSTART, for
 *     example {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU} (RFC 5545 section 3.8.5.3)
 * @param firstStart first occurrence, in a region zone such as {@code Europe/Berlin} (recurring
 *     events need a named time zone so they follow daylight saving time)
 * @param single a touch-base held once (a roulette's pair meeting): Google gets a single event, with no
 *     {@code recurrence} (Calendar API events.insert), and {@code rrule} is only Touchbase's record of it
 */
public record SeriesInvite(
        String eventId,
        String summary,
        String description,
        ZonedDateTime firstStart,
        Duration duration,
        String rrule,
        String organizerCalendarId,
        String attendeeEmail,
        String attendeeName,
        boolean withMeet,
        String seriesId,
        List<ZonedDateTime> skipped,
        List<Guest> moreAttendees,
        boolean single) {

    /** One more invited person (a group's other members). */
    public record Guest(String email, String name) {

        public Guest {
            requireText(email, "email");
            Objects.requireNonNull(name, "name must not be null");
        }
    }

    public SeriesInvite {
        EventIds.requireValid(eventId, "eventId");
        requireText(summary, "summary");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(firstStart, "firstStart must not be null");
        if (firstStart.getZone() instanceof ZoneOffset && !firstStart.getZone().equals(ZoneOffset.UTC)) {
            throw new IllegalArgumentException(
                    "firstStart must be in a region zone like Europe/Berlin, got offset " + firstStart.getZone());
        }
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
        requireText(rrule, "rrule");
        String upper = rrule.toUpperCase(Locale.ROOT);
        if (upper.contains("DTSTART") || upper.startsWith("RRULE:")) {
            throw new IllegalArgumentException(
                    "rrule must be the bare rule without RRULE: or DTSTART, like FREQ=WEEKLY;BYDAY=TU, got " + rrule);
        }
        requireText(organizerCalendarId, "organizerCalendarId");
        requireText(attendeeEmail, "attendeeEmail");
        Objects.requireNonNull(attendeeName, "attendeeName must not be null");
        requireText(seriesId, "seriesId");
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped must not be null"));
        moreAttendees = List.copyOf(Objects.requireNonNull(moreAttendees, "moreAttendees must not be null"));
    }

    /** A recurring series, inviting {@code moreAttendees} besides the colleague. */
    public SeriesInvite(String eventId, String summary, String description, ZonedDateTime firstStart,
            Duration duration, String rrule, String organizerCalendarId, String attendeeEmail, String attendeeName,
            boolean withMeet, String seriesId, List<ZonedDateTime> skipped, List<Guest> moreAttendees) {
        this(eventId, summary, description, firstStart, duration, rrule, organizerCalendarId, attendeeEmail,
                attendeeName, withMeet, seriesId, skipped, moreAttendees, false);
    }

    /** A series with one invited colleague, with the occurrences in {@code skipped} left out. */
    public SeriesInvite(String eventId, String summary, String description, ZonedDateTime firstStart,
            Duration duration, String rrule, String organizerCalendarId, String attendeeEmail, String attendeeName,
            boolean withMeet, String seriesId, List<ZonedDateTime> skipped) {
        this(eventId, summary, description, firstStart, duration, rrule, organizerCalendarId, attendeeEmail,
                attendeeName, withMeet, seriesId, skipped, List.of(), false);
    }

    /** A series with every occurrence of its rule held. */
    public SeriesInvite(String eventId, String summary, String description, ZonedDateTime firstStart,
            Duration duration, String rrule, String organizerCalendarId, String attendeeEmail, String attendeeName,
            boolean withMeet, String seriesId) {
        this(eventId, summary, description, firstStart, duration, rrule, organizerCalendarId, attendeeEmail,
                attendeeName, withMeet, seriesId, List.of(), List.of(), false);
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
