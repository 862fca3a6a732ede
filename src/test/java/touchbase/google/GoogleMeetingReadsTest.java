package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.upkeep.PastMeeting;

/**
 * Which people a meeting on Alex's calendar counts as contact with: the attendees and the organizer
 * (Google sets {@code organizer.self} and {@code attendees[].self} for the calendar's owner), never Alex
 * or a room; a meeting Alex declined, a cancelled one and an all-day one count with nobody.
 */
class GoogleMeetingReadsTest {

    private static final String ALEX = "alex.morgan@demo.touchbase.test";
    private static final String LENA = "lena.vogel@demo.touchbase.test";
    private static final String TOM = "Tom.Hughes@demo.touchbase.test";

    @Test
    void aMeetingSomeoneElseOrganizedCountsWithTheOrganizerAndTheOtherAttendees() {
        Event review = timed("review").setOrganizer(new Event.Organizer().setEmail(LENA))
                .setAttendees(List.of(attendee(ALEX, "accepted").setSelf(true), attendee(TOM, "needsAction")));

        PastMeeting meeting = GoogleMeetingReads.meeting(review, ALEX);

        assertThat(meeting.counts()).isTrue();
        assertThat(meeting.people()).containsExactlyInAnyOrder(LENA, "tom.hughes@demo.touchbase.test");
        assertThat(meeting.start()).contains(Instant.parse("2026-11-25T14:00:00Z"));
    }

    @Test
    void aMeetingAlexOrganizedCountsWithTheAttendeesButNotWithAlexOrARoom() {
        Event lunch = timed("lunch").setOrganizer(new Event.Organizer().setEmail(ALEX).setSelf(true))
                .setAttendees(List.of(attendee(ALEX, "accepted"), attendee(LENA, "declined"),
                        attendee("room-1@resource.calendar.google.com", "accepted").setResource(true)));

        assertThat(GoogleMeetingReads.meeting(lunch, ALEX).people()).containsExactly(LENA);
    }

    @Test
    void aMeetingAlexDeclinedCountsWithNobodyEvenWhenOnlyMarkedSelf() {
        Event declined = timed("declined").setOrganizer(new Event.Organizer().setEmail(LENA))
                .setAttendees(List.of(attendee("alex@alias.example", "declined").setSelf(true)));

        assertThat(GoogleMeetingReads.meeting(declined, ALEX).counts()).isFalse();
    }

    @Test
    void aCancelledOrAllDayMeetingCountsWithNobody() {
        Event cancelled = timed("cancelled").setStatus("cancelled")
                .setAttendees(List.of(attendee(LENA, "accepted")));
        Event allDay = new Event().setId("offsite").setStart(new EventDateTime().setDate(new DateTime("2026-11-25")))
                .setAttendees(List.of(attendee(LENA, "accepted")));

        assertThat(GoogleMeetingReads.meeting(cancelled, ALEX)).isEqualTo(PastMeeting.gone("cancelled"));
        assertThat(GoogleMeetingReads.meeting(allDay, ALEX)).isEqualTo(PastMeeting.gone("offsite"));
    }

    private static Event timed(String id) {
        return new Event().setId(id).setStatus("confirmed").setSummary("Project " + id)
                .setStart(new EventDateTime().setDateTime(new DateTime("2026-11-25T14:00:00Z")));
    }

    private static EventAttendee attendee(String email, String answer) {
        return new EventAttendee().setEmail(email).setResponseStatus(answer);
    }
}
