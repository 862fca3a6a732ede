package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static touchbase.google.EmulatedGoogle.ALEX;
import static touchbase.google.EmulatedGoogle.LENA;
import static touchbase.google.TouchBaseInvite.FIRST_TUESDAY;
import static touchbase.google.TouchBaseInvite.LONDON;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.Attendee;
import touchbase.booking.BookedEvent;
import touchbase.booking.CalendarEvent;
import touchbase.booking.SeriesChange;
import touchbase.booking.SeriesInvite;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Interval;

/** The real gateway booking and changing touch-bases on the Google emulator. */
class GatewayAgainstEmulator_EventsTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** Two Tuesdays before the UK moves its clocks forward (last Sunday of March, 2027-03-28). */
    private static final ZonedDateTime TUESDAY_BEFORE_CLOCK_CHANGE = ZonedDateTime.of(2027, 3, 16, 10, 0, 0, 0, LONDON);
    private static final Interval DECEMBER = new Interval(FIRST_TUESDAY.minusDays(1).toInstant(),
            FIRST_TUESDAY.plusDays(30).toInstant());

    private final EmulatedGoogle google = EmulatedGoogle.demo();
    private final GoogleCalendarEvents events = google.alexEvents();

    @AfterEach
    void stopEmulator() {
        google.close();
    }

    @Test
    void booksTheSeriesAsAnInviteOnTheOrganizersCalendar() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();

        BookedEvent booked = events.insertSeries(invite);

        assertThat(booked.eventId()).isEqualTo(invite.eventId());
        assertThat(booked.iCalUid()).isNotBlank();
        assertThat(booked.meetUri()).isEmpty();
        CalendarEvent series = events.series(ALEX, invite.eventId()).orElseThrow();
        assertThat(series.status()).isEqualTo(CalendarEvent.Status.CONFIRMED);
        assertThat(series.recurrence()).containsExactly("RRULE:FREQ=WEEKLY;BYDAY=TU");
        assertThat(series.start()).contains(FIRST_TUESDAY);
        assertThat(series.end()).contains(FIRST_TUESDAY.plus(HALF_HOUR));
        assertThat(series.seriesId()).contains(invite.seriesId());
        assertThat(series.responseOf(LENA)).contains(Attendee.Response.NEEDS_ACTION);
    }

    @Test
    void retriedInsertAnsweredDuplicateReturnsTheEventTheFirstAttemptStored() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        BookedEvent first = events.insertSeries(invite);

        BookedEvent retried = events.insertSeries(invite);

        assertThat(retried.eventId()).isEqualTo(first.eventId());
        assertThat(retried.iCalUid()).isEqualTo(first.iCalUid());
        assertThat(google.emulator.events(ALEX)).filteredOn(e -> e.id().equals(invite.eventId())).hasSize(1);
    }

    @Test
    void bookingAgainWithTheIdOfADeletedSeriesAsksForTheNextGeneration() {
        TouchBaseInvite touchBase = TouchBaseInvite.weeklyWithLena();
        events.insertSeries(touchBase.build());
        events.deleteSeries("primary", touchBase.eventId());

        assertThatThrownBy(() -> events.insertSeries(touchBase.build()))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(CalendarProblem.Kind.EVENT_ID_TAKEN));
        assertThat(events.insertSeries(touchBase.generation(1).build()).eventId()).isEqualTo(touchBase.eventId());
    }

    @Test
    void asksForMeetInTheInsertAndDoesNotWaitForTheLinkThatALaterReadFinds() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().withMeet().build();
        long before = google.counter.total();

        BookedEvent booked = events.insertSeries(invite);

        assertThat(booked.meetUri()).as("Google answers the insert with the link still pending").isEmpty();
        assertThat(google.counter.total() - before).isEqualTo(1);
        assertThat(events.series("primary", invite.eventId()).flatMap(CalendarEvent::meetUri))
                .hasValueSatisfying(uri -> assertThat(uri).startsWith("https://meet.google.com/"));
    }

    @Test
    void retriedInsertWithMeetReturnsTheSameMeetLink() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().withMeet().build();
        events.insertSeries(invite);
        Optional<String> created = events.series("primary", invite.eventId()).flatMap(CalendarEvent::meetUri);

        BookedEvent retried = events.insertSeries(invite);

        assertThat(retried.meetUri()).isPresent().isEqualTo(created);
    }

    @Test
    void aMovedOccurrenceKeepsTheSeriesMeetLink() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().withMeet().build();
        events.insertSeries(invite);
        String meetUri = events.series("primary", invite.eventId()).flatMap(CalendarEvent::meetUri).orElseThrow();
        ZonedDateTime second = FIRST_TUESDAY.plusWeeks(1);

        Optional<CalendarEvent> moved = events.moveOccurrence("primary", invite.eventId(), second,
                second.plusHours(3), HALF_HOUR);

        assertThat(moved.flatMap(CalendarEvent::meetUri)).contains(meetUri);
    }

    @Test
    void changingTheSeriesKeepsItsMeetLink() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().withMeet().build();
        events.insertSeries(invite);
        String meetUri = events.series("primary", invite.eventId()).flatMap(CalendarEvent::meetUri).orElseThrow();

        CalendarEvent changed = events.patchSeries("primary", invite.eventId(),
                SeriesChange.none().withSummary("Touch-base (renamed)"));

        assertThat(changed.meetUri()).contains(meetUri);
        assertThat(google.emulator.event(ALEX, invite.eventId()).orElseThrow().summary())
                .isEqualTo("Touch-base (renamed)");
    }

    @Test
    void movingTheSeriesToAnotherTimeMovesItsInstances() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime thursdayAfternoon = FIRST_TUESDAY.plusDays(2).withHour(15);

        events.patchSeries("primary", invite.eventId(), SeriesChange.none()
                .withTime(thursdayAfternoon, HALF_HOUR).withRrule("FREQ=WEEKLY;BYDAY=TH"));

        assertThat(events.instances("primary", invite.eventId(), DECEMBER))
                .extracting(instance -> instance.start().orElseThrow())
                .first().isEqualTo(thursdayAfternoon);
        assertThat(events.instances("primary", invite.eventId(), DECEMBER))
                .allSatisfy(instance -> assertThat(instance.start().orElseThrow().toLocalTime())
                        .isEqualTo(LocalTime.of(15, 0)));
    }

    @Test
    void endingTheSeriesBeforeAnOccurrenceAndBookingTheRestAsANewSeries() {
        SeriesInvite original = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(original);
        ZonedDateTime third = FIRST_TUESDAY.plusWeeks(2);
        SeriesInvite following = TouchBaseInvite.weeklyWithLena().series("5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6")
                .startingAt(third.withHour(15), "FREQ=WEEKLY;BYDAY=TU").build();

        events.patchSeries("primary", original.eventId(),
                SeriesChange.none().withRrule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261214T235959Z"));
        events.insertSeries(following);

        assertThat(events.instances("primary", original.eventId(), DECEMBER))
                .extracting(instance -> instance.start().orElseThrow())
                .containsExactly(FIRST_TUESDAY, FIRST_TUESDAY.plusWeeks(1));
        assertThat(events.instances("primary", following.eventId(), DECEMBER))
                .extracting(instance -> instance.start().orElseThrow())
                .containsExactly(third.withHour(15), third.withHour(15).plusWeeks(1), third.withHour(15).plusWeeks(2));
    }

    @Test
    void cancelsOneOccurrenceAndKeepsTheOthers() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime second = FIRST_TUESDAY.plusWeeks(1);

        Optional<CalendarEvent> cancelled = events.cancelOccurrence("primary", invite.eventId(), second);

        assertThat(cancelled).hasValueSatisfying(instance -> {
            assertThat(instance.cancelled()).isTrue();
            assertThat(instance.recurringEventId()).contains(invite.eventId());
            assertThat(instance.originalStart()).contains(second);
        });
        List<CalendarEvent> december = events.instances("primary", invite.eventId(), DECEMBER);
        assertThat(december).filteredOn(CalendarEvent::cancelled)
                .extracting(instance -> instance.originalStart().orElseThrow())
                .containsExactly(second);
        assertThat(december).filteredOn(instance -> !instance.cancelled()).hasSize(4);
    }

    @Test
    void listsOnlyTheInstancesThatStartWithinTheWindow() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        Interval fromMidFirstToSecond = new Interval(FIRST_TUESDAY.plusMinutes(15).toInstant(),
                FIRST_TUESDAY.plusWeeks(1).plusMinutes(1).toInstant());

        List<CalendarEvent> instances = events.instances("primary", invite.eventId(), fromMidFirstToSecond);

        assertThat(instances).extracting(instance -> instance.start().orElseThrow())
                .containsExactly(FIRST_TUESDAY.plusWeeks(1));
    }

    @Test
    void cancellingAnOccurrenceTwiceFindsTheCancelledException() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime second = FIRST_TUESDAY.plusWeeks(1);
        events.cancelOccurrence("primary", invite.eventId(), second);

        Optional<CalendarEvent> again = events.cancelOccurrence("primary", invite.eventId(), second);

        assertThat(again).map(CalendarEvent::cancelled).contains(true);
    }

    @Test
    void movesOneOccurrenceAndInstancesShowItAtTheNewTime() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime third = FIRST_TUESDAY.plusWeeks(2);
        ZonedDateTime wednesday = third.plusDays(1).withHour(14);

        Optional<CalendarEvent> moved = events.moveOccurrence("primary", invite.eventId(), third, wednesday, HALF_HOUR);

        assertThat(moved).hasValueSatisfying(instance -> {
            assertThat(instance.start()).contains(wednesday);
            assertThat(instance.originalStart()).contains(third);
        });
        CalendarEvent listed = events.instances("primary", invite.eventId(), DECEMBER).stream()
                .filter(instance -> instance.originalStart().equals(Optional.of(third)))
                .findFirst().orElseThrow();
        assertThat(listed.recurringEventId()).contains(invite.eventId());
        assertThat(listed.start()).contains(wednesday);
        assertThat(listed.end()).contains(wednesday.plus(HALF_HOUR));
        assertThat(listed.cancelled()).isFalse();
    }

    @Test
    void aMovedOccurrenceCanBeMovedAgainByItsOriginalStart() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime third = FIRST_TUESDAY.plusWeeks(2);
        events.moveOccurrence("primary", invite.eventId(), third, third.plusDays(1), HALF_HOUR);

        Optional<CalendarEvent> movedAgain = events.moveOccurrence(
                "primary", invite.eventId(), third, third.plusDays(2), HALF_HOUR);

        assertThat(movedAgain.flatMap(CalendarEvent::start)).contains(third.plusDays(2));
    }

    @Test
    void findsNoOccurrenceWhereTheRulePutsNone() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        ZonedDateTime aWednesday = FIRST_TUESDAY.plusDays(1);

        assertThat(events.moveOccurrence("primary", invite.eventId(), aWednesday, aWednesday.plusHours(2), HALF_HOUR))
                .isEmpty();
        assertThat(events.cancelOccurrence("primary", invite.eventId(), aWednesday)).isEmpty();
    }

    @Test
    void deletingTheSeriesTwiceSucceedsAndLeavesItCancelled() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);

        events.deleteSeries("primary", invite.eventId());

        assertThatCode(() -> events.deleteSeries("primary", invite.eventId())).doesNotThrowAnyException();
        assertThat(events.series("primary", invite.eventId())).map(CalendarEvent::cancelled).contains(true);
        assertThat(events.cancelOccurrence("primary", invite.eventId(), FIRST_TUESDAY)).isEmpty();
    }

    @Test
    void seesTheColleagueDecliningTheSeries() throws IOException {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);

        google.answer(invite.eventId(), LENA, "declined");

        CalendarEvent series = events.series("primary", invite.eventId()).orElseThrow();
        assertThat(series.responseOf(LENA)).contains(Attendee.Response.DECLINED);
        assertThat(series.attendees()).filteredOn(Attendee::declined).extracting(Attendee::email).containsExactly(LENA);
    }

    @Test
    void listsOnlyTouchbasesEventsNotTheDemoMeetings() {
        SeriesInvite lena = TouchBaseInvite.weeklyWithLena().build();
        SeriesInvite tom = TouchBaseInvite.weeklyWithLena().series("0b6f4c11-2a3d-4e5f-8a9b-1c2d3e4f5a6b")
                .with(EmulatedGoogle.TOM).build();
        events.insertSeries(lena);
        events.insertSeries(tom);

        assertThat(events.touchbaseEvents("primary"))
                .extracting(CalendarEvent::eventId)
                .containsExactlyInAnyOrder(lena.eventId(), tom.eventId());
        assertThat(google.emulator.events(ALEX).size()).isGreaterThan(2);
    }

    @Test
    void listsEachSeriesOnceEvenWithMovedAndCancelledOccurrences() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);
        events.moveOccurrence("primary", invite.eventId(), FIRST_TUESDAY.plusWeeks(1),
                FIRST_TUESDAY.plusWeeks(1).plusDays(1), HALF_HOUR);
        events.cancelOccurrence("primary", invite.eventId(), FIRST_TUESDAY.plusWeeks(2));

        List<CalendarEvent> touchbase = events.touchbaseEvents("primary");

        assertThat(touchbase).singleElement().satisfies(series -> {
            assertThat(series.eventId()).isEqualTo(invite.eventId());
            assertThat(series.recurrence()).isNotEmpty();
        });
    }

    @Test
    void aWeeklySeriesInLondonStaysAtTenThroughTheSpringClockChange() {
        SeriesInvite invite = bookedWeeklyFrom(TUESDAY_BEFORE_CLOCK_CHANGE);

        List<CalendarEvent> march = events.instances("primary", invite.eventId(), new Interval(
                TUESDAY_BEFORE_CLOCK_CHANGE.toInstant(), TUESDAY_BEFORE_CLOCK_CHANGE.plusWeeks(3).toInstant()));

        assertThat(march).extracting(instance -> instance.start().orElseThrow().toLocalDateTime().toString())
                .containsExactly("2027-03-16T10:00", "2027-03-23T10:00", "2027-03-30T10:00");
        assertThat(march).extracting(instance -> instance.start().orElseThrow().toInstant().toString())
                .containsExactly("2027-03-16T10:00:00Z", "2027-03-23T10:00:00Z", "2027-03-30T09:00:00Z");
    }

    @Test
    void findsAnOccurrenceAfterTheClockChangeByItsLocalOriginalStart() {
        SeriesInvite invite = bookedWeeklyFrom(TUESDAY_BEFORE_CLOCK_CHANGE);
        ZonedDateTime firstInSummerTime = ZonedDateTime.of(2027, 3, 30, 10, 0, 0, 0, LONDON);

        Optional<CalendarEvent> cancelled = events.cancelOccurrence("primary", invite.eventId(), firstInSummerTime);

        assertThat(cancelled.flatMap(CalendarEvent::originalStart)).contains(firstInSummerTime);
    }

    @Test
    void aQuarterlySeriesMeetsOnTheFirstTuesdayEveryThirdMonth() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena()
                .startingAt(FIRST_TUESDAY, "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU").build();
        events.insertSeries(invite);

        List<CalendarEvent> year = events.instances("primary", invite.eventId(),
                new Interval(FIRST_TUESDAY.toInstant(), FIRST_TUESDAY.plusYears(1).toInstant()));

        assertThat(year).extracting(instance -> instance.start().orElseThrow().toLocalDateTime().toString())
                .containsExactly("2026-12-01T10:00", "2027-03-02T10:00", "2027-06-01T10:00", "2027-09-07T10:00");
    }

    private SeriesInvite bookedWeeklyFrom(ZonedDateTime firstStart) {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().startingAt(firstStart, "FREQ=WEEKLY;BYDAY=TU").build();
        events.insertSeries(invite);
        return invite;
    }
}
