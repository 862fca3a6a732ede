package touchbase.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.Events;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Interval;
import touchbase.upkeep.PastMeeting;
import touchbase.upkeep.PastMeetings;

/**
 * Reads the meetings on the user's own calendar for last contact: {@code events.list} with
 * {@code singleEvents=true} (so a recurring meeting comes as its instances), the window only on the
 * first read (Google refuses {@code timeMin}/{@code timeMax} with a {@code syncToken}). Touchbase's own
 * events are left out (they are counted as touch-bases); all-day events, cancelled ones and those the
 * user declined are read as gone. The user is the attendee marked {@code self} or with the calendar's
 * own email.
 */
final class GoogleMeetingReads {

    private static final int PAGE_SIZE = 250;

    private final Calendar calendar;

    GoogleMeetingReads(Calendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    PastMeetings.Read read(String calendarId, Optional<String> syncToken, Interval window) {
        List<PastMeeting> meetings = new ArrayList<>();
        Events lastPage;
        try {
            lastPage = GoogleCalendarEvents.eachPage(pageToken -> {
                Calendar.Events.List list = calendar.events().list(calendarId).setSingleEvents(true)
                        .setMaxResults(PAGE_SIZE).setPageToken(pageToken);
                if (syncToken.isPresent()) {
                    list.setSyncToken(syncToken.get());
                } else {
                    list.setTimeMin(GoogleTimes.dateTime(window.start())).setTimeMax(GoogleTimes.dateTime(window.end()));
                }
                return list.execute();
            }, event -> {
                if (!EventMapper.isTouchbase(event)) {
                    meetings.add(meeting(event, calendarId));
                }
            });
        } catch (IOException e) {
            if (GoogleErrors.hasStatus(e, 410)) {
                return PastMeetings.Read.expired();
            }
            throw GoogleErrors.problem(e, "read past meetings");
        }
        if (lastPage.getNextSyncToken() == null) {
            throw new CalendarProblem(CalendarProblem.Kind.UNAVAILABLE,
                    "Google ended the calendar listing without a sync token. Please try again later.", null, null);
        }
        return new PastMeetings.Read(meetings, Optional.of(lastPage.getNextSyncToken()));
    }

    static PastMeeting meeting(Event event, String ownEmail) {
        boolean timed = event.getStart() != null && event.getStart().getDateTime() != null;
        List<EventAttendee> attendees = event.getAttendees() == null ? List.of() : event.getAttendees();
        boolean declined = attendees.stream().anyMatch(a -> isSelf(a, ownEmail)
                && "declined".equals(a.getResponseStatus()));
        if ("cancelled".equals(event.getStatus()) || !timed || declined) {
            return PastMeeting.gone(event.getId());
        }
        Stream<String> organizer = event.getOrganizer() == null || Boolean.TRUE.equals(event.getOrganizer().getSelf())
                ? Stream.empty() : Stream.ofNullable(event.getOrganizer().getEmail());
        List<String> people = Stream.concat(organizer, attendees.stream()
                        .filter(a -> !isSelf(a, ownEmail) && !Boolean.TRUE.equals(a.getResource()))
                        .map(EventAttendee::getEmail))
                .filter(email -> email != null && !email.equalsIgnoreCase(ownEmail))
                .toList();
        return PastMeeting.held(event.getId(), GoogleTimes.instant(event.getStart().getDateTime()),
                Optional.ofNullable(event.getSummary()), people);
    }

    private static boolean isSelf(EventAttendee attendee, String ownEmail) {
        return Boolean.TRUE.equals(attendee.getSelf()) || ownEmail.equalsIgnoreCase(attendee.getEmail());
    }
}
