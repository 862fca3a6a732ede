package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;
import touchbase.fakes.BookingWorld;
import touchbase.fakes.InMemoryMeetingLog;
import touchbase.upkeep.LastContact;
import touchbase.upkeep.LastContacts;
import touchbase.upkeep.Relationship;
import touchbase.upkeep.Relationships;

/**
 * Last contact read from Alex's calendar on the emulator: Lena's touch-bases ended in February, so on
 * 30 November she is overdue, unless a meeting with her since says otherwise.
 */
class LastContactAgainstEmulatorTest {

    private final EmulatedGoogle google = EmulatedGoogle.demo();
    private final Calendar alex = google.alexCalendar();
    private final BookingWorld world = new BookingWorld();
    private final InMemoryMeetingLog log = new InMemoryMeetingLog();
    private final LastContacts lastContacts = new LastContacts(
            (account, calendarId, token, window) -> new GoogleMeetingReads(alex).read(calendarId, token, window),
            log, world.syncTokens, log, world.clock);
    private final Relationships relationships = new Relationships(world.colleagues, world.touchBases,
            Optional.of(lastContacts), world.clock);
    private Colleague lena;

    @BeforeEach
    void givenTouchBasesWithLenaThatEndedInFebruary() {
        lena = world.colleague("Lena");
        TouchBase series = world.bookAt(lena, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.clock.set(BookingWorld.at("2026-02-18T12:00").toInstant());
        world.seriesChanges.cancel(BookingWorld.ACCOUNT, series.id());
        world.clock.set(EmulatedGoogle.NOW);
    }

    @AfterEach
    void stopEmulator() {
        google.close();
    }

    @Test
    void withoutAMeetingSinceLenaIsOverdue() {
        read();

        Relationship standing = standing();
        assertThat(standing.overdue()).isTrue();
        assertThat(standing.lastContact()).map(LastContact::kind).contains(LastContact.Kind.TOUCH_BASE);
    }

    @Test
    void aPastMeetingWithLenaResetsOverdueAndHidesItsTitle() throws IOException {
        meeting("Project review", "2026-11-25T14:00:00Z", "accepted");

        read();

        Relationship standing = standing();
        assertThat(standing.overdue()).isFalse();
        assertThat(standing.lastContact()).hasValueSatisfying(contact -> {
            assertThat(contact.kind()).isEqualTo(LastContact.Kind.MEETING);
            assertThat(contact.at().toInstant()).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));
            assertThat(contact.title()).isEmpty();
        });
    }

    @Test
    void theTitleShowsOnlyWhenTheUserOptsIn() throws IOException {
        meeting("Project review", "2026-11-25T14:00:00Z", "accepted");
        lastContacts.changePreferences(BookingWorld.ACCOUNT, p -> p.withShowMeetingTitles(true));

        read();

        assertThat(standing().lastContact()).flatMap(LastContact::title).contains("Project review");
    }

    @Test
    void aMeetingTheUserDeclinedDoesNotCount() throws IOException {
        meeting("Lunch", "2026-11-25T12:00:00Z", "declined");

        read();

        assertThat(standing().overdue()).isTrue();
    }

    @Test
    void aCancelledMeetingDoesNotCountEvenWhenCancelledAfterTheFirstRead() throws IOException {
        Event lunch = meeting("Lunch", "2026-11-25T12:00:00Z", "accepted");
        read();
        assertThat(standing().overdue()).isFalse();

        alex.events().delete("primary", lunch.getId()).execute();
        read();

        assertThat(standing().overdue()).isTrue();
    }

    @Test
    void aMeetingStillAheadCountsOnlyOnceItStarted() throws IOException {
        meeting("Planning", "2026-12-02T09:00:00Z", "accepted");
        read();
        assertThat(standing().overdue()).isTrue();

        world.clock.set(Instant.parse("2026-12-02T10:00:00Z"));

        assertThat(standing().overdue()).isFalse();
    }

    @Test
    void aReReadWithNothingChangedCostsOneCall() throws IOException {
        meeting("Project review", "2026-11-25T14:00:00Z", "accepted");
        read();

        try (var scope = google.counter.scope("re-read")) {
            read();
        }

        assertThat(google.counter.count("re-read")).isEqualTo(1);
        assertThat(standing().overdue()).isFalse();
    }

    @Test
    void onlyMeetingsWithinTheLastHundredAndEightyDaysCount() throws IOException {
        meeting("Old project kick-off", "2026-05-14T09:00:00Z", "accepted");
        read();
        assertThat(standing().lastContact()).map(LastContact::kind).contains(LastContact.Kind.TOUCH_BASE);

        meeting("Retrospective", "2026-06-10T09:00:00Z", "accepted");
        read();

        assertThat(standing().lastContact()).hasValueSatisfying(contact -> {
            assertThat(contact.kind()).isEqualTo(LastContact.Kind.MEETING);
            assertThat(contact.at().toInstant()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
        });
    }

    @Test
    void anExpiredSyncTokenIsAnsweredWithAFullReadThenIncrementalAgain() throws IOException {
        meeting("Project review", "2026-11-25T14:00:00Z", "accepted");
        read();
        google.emulator.invalidateSyncTokens();

        try (var scope = google.counter.scope("after-410")) {
            read();
        }
        try (var scope = google.counter.scope("re-read")) {
            read();
        }

        assertThat(google.counter.count("after-410")).as("the refused token, then the full read").isEqualTo(2);
        assertThat(google.counter.count("re-read")).isEqualTo(1);
        assertThat(standing().lastContact()).map(LastContact::kind).contains(LastContact.Kind.MEETING);
        assertThat(standing().overdue()).isFalse();
    }

    @Test
    void theBackgroundJobReadsLastContactAlsoForAnAccountWithNothingBooked() throws IOException {
        meeting("Project review", "2026-11-25T14:00:00Z", "accepted");
        touchbase.upkeep.Recheck recheck = new touchbase.upkeep.Recheck(world.touchBases, world.colleagues,
                world.settings, world.calendars, world.syncTokens, world.clock, touchbase.upkeep.Recheck.WINDOW, false,
                Optional.of(new LastContacts((account, calendarId, token, window) -> new GoogleMeetingReads(alex)
                        .read(EmulatedGoogle.ALEX, token, window), log, world.syncTokens, log, world.clock)));

        assertThat(new touchbase.upkeep.RecheckJob(recheck, world.touchBases, Optional.of(world.colleagues)).runOnce())
                .as("no active series: nothing to recheck").isEmpty();

        assertThat(standing().lastContact()).map(LastContact::kind).contains(LastContact.Kind.MEETING);
        assertThat(standing().overdue()).isFalse();
    }

    private void read() {
        lastContacts.read(BookingWorld.ACCOUNT, EmulatedGoogle.ALEX);
    }

    private Relationship standing() {
        return relationships.forColleague(BookingWorld.ACCOUNT, lena.id());
    }

    private Event meeting(String title, String start, String myAnswer) throws IOException {
        Instant at = Instant.parse(start);
        Event event = new Event().setSummary(title)
                .setStart(GoogleTimes.eventDateTime(at.atZone(java.time.ZoneOffset.UTC)))
                .setEnd(GoogleTimes.eventDateTime(at.plus(Duration.ofHours(1)).atZone(java.time.ZoneOffset.UTC)))
                .setAttendees(List.of(new EventAttendee().setEmail(EmulatedGoogle.ALEX).setResponseStatus(myAnswer),
                        new EventAttendee().setEmail(lena.email()).setResponseStatus("accepted")));
        return alex.events().insert("primary", event).execute();
    }
}
