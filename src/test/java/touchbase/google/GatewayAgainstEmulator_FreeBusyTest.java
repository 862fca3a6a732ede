package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.google.EmulatedGoogle.ALEX;
import static touchbase.google.EmulatedGoogle.DEMO_WEEK;
import static touchbase.google.EmulatedGoogle.LENA;
import static touchbase.google.TouchBaseInvite.FIRST_TUESDAY;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.SeriesInvite;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.google.emulator.seed.SeedEvent;

/**
 * The real {@link GoogleBusyTimes} against the emulator's freeBusy, which refuses more than 50
 * calendars or more than 90 days per query as Google does, so the gateway's chunking runs for real.
 */
class GatewayAgainstEmulator_FreeBusyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime MONDAY_IN_BERLIN = DEMO_WEEK.atStartOfDay(BERLIN);

    private EmulatedGoogle google = EmulatedGoogle.demo();

    @AfterEach
    void stopEmulator() {
        google.close();
    }

    @Test
    void colleaguesAreBusyDuringTheirSeededMeetings() {
        Interval monday = new Interval(MONDAY_IN_BERLIN.toInstant(), MONDAY_IN_BERLIN.plusDays(1).toInstant());

        FreeBusy lena = google.alexBusyTimes().busyTimes(Set.of(LENA), monday).get(LENA);

        assertThat(lena.isKnown()).isTrue();
        assertThat(lena.busy()).contains(berlin(DEMO_WEEK.atTime(9, 30), Duration.ofMinutes(15)));
    }

    @Test
    void readsOneHundredTwentyCalendarsOverFiveMonthsInFiftyCalendarQueriesOfAtMostNinetyDays() {
        Set<String> ids = new TreeSet<>(people());
        IntStream.range(0, 120 - ids.size()).forEach(i -> ids.add("member" + i + "@" + DemoCalendars.DOMAIN));
        Interval fiveMonths = new Interval(MONDAY_IN_BERLIN.toInstant(), MONDAY_IN_BERLIN.plusDays(150).toInstant());

        Map<String, FreeBusy> answer;
        try (var scope = google.counter.scope("plan")) {
            answer = google.alexBusyTimes().busyTimes(ids, fiveMonths);
        }

        assertThat(google.counter.count("plan")).as("3 groups of calendars, 2 parts of 75 days").isEqualTo(3 * 2);
        assertThat(answer).hasSize(120);
        assertThat(answer.values()).allMatch(FreeBusy::isKnown);
        assertThat(answer.get("member0@" + DemoCalendars.DOMAIN).busy()).isEmpty();
        assertThat(answer.get(LENA).busy())
                .contains(berlin(DEMO_WEEK.atTime(9, 30), Duration.ofMinutes(15)))
                .contains(berlin(DEMO_WEEK.plusWeeks(20).atTime(9, 30), Duration.ofMinutes(15)));
    }

    @Test
    void aMeetingAcrossTheBoundaryOfTwoQueriesIsOneBusyInterval() {
        ZonedDateTime boundary = MONDAY_IN_BERLIN.plusDays(60);
        google.close();
        google = EmulatedGoogle.demo(new SeedEvent(LENA, "lateoffsite", "Late offsite",
                boundary.minusMinutes(30).toLocalDateTime(), BERLIN, Duration.ofHours(1), List.of(), List.of()));

        FreeBusy lena = google.alexBusyTimes().busyTimes(Set.of(LENA),
                new Interval(MONDAY_IN_BERLIN.toInstant(), MONDAY_IN_BERLIN.plusDays(120).toInstant())).get(LENA);

        assertThat(lena.busy()).contains(new Interval(boundary.minusMinutes(30).toInstant(),
                boundary.plusMinutes(30).toInstant()));
    }

    @Test
    void someoneOutsideTheDomainIsUnknownNotFree() {
        Interval week = new Interval(MONDAY_IN_BERLIN.toInstant(), MONDAY_IN_BERLIN.plusDays(7).toInstant());

        Map<String, FreeBusy> answer = google.alexBusyTimes().busyTimes(Set.of(LENA, DemoCalendars.OUTSIDER), week);

        assertThat(answer.get(DemoCalendars.OUTSIDER).isKnown()).isFalse();
        assertThat(answer.get(DemoCalendars.OUTSIDER).unknownReason()).contains("notFound");
        assertThat(answer.get(LENA).isKnown()).isTrue();
    }

    @Test
    void aBookedTouchBaseMakesTheColleagueBusy() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        booked(invite);

        Interval thirdTouchBase = Interval.of(FIRST_TUESDAY.plusWeeks(2).toInstant(), Duration.ofMinutes(30));

        assertThat(busyOver(thirdTouchBase, LENA)).containsExactly(thirdTouchBase);
        assertThat(busyOver(thirdTouchBase, ALEX)).containsExactly(thirdTouchBase);
    }

    @Test
    void aCancelledOccurrenceFreesTheColleague() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        GoogleCalendarEvents events = booked(invite);
        ZonedDateTime third = FIRST_TUESDAY.plusWeeks(2);

        events.cancelOccurrence("primary", invite.eventId(), third);

        assertThat(busyOver(Interval.of(third.toInstant(), Duration.ofMinutes(30)), LENA)).isEmpty();
    }

    @Test
    void aMovedOccurrenceMakesTheColleagueBusyAtItsNewTime() {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        GoogleCalendarEvents events = booked(invite);
        ZonedDateTime third = FIRST_TUESDAY.plusWeeks(2);
        ZonedDateTime wednesday = third.plusDays(1).with(LocalTime.of(16, 0));

        events.moveOccurrence("primary", invite.eventId(), third, wednesday, Duration.ofMinutes(30));

        assertThat(busyOver(Interval.of(third.toInstant(), Duration.ofMinutes(30)), LENA)).isEmpty();
        Interval moved = Interval.of(wednesday.toInstant(), Duration.ofMinutes(30));
        assertThat(busyOver(moved, LENA)).containsExactly(moved);
    }

    @Test
    void aColleagueWhoDeclinedIsNotBusyDuringTheTouchBase() throws IOException {
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        booked(invite);
        google.answer(invite.eventId(), LENA, "declined");

        Interval secondTouchBase = Interval.of(FIRST_TUESDAY.plusWeeks(1).toInstant(), Duration.ofMinutes(30));

        assertThat(busyOver(secondTouchBase, LENA)).isEmpty();
        assertThat(busyOver(secondTouchBase, ALEX)).containsExactly(secondTouchBase);
    }

    /** Alex's events, with {@code invite} booked. */
    private GoogleCalendarEvents booked(SeriesInvite invite) {
        GoogleCalendarEvents events = google.alexEvents();
        events.insertSeries(invite);
        return events;
    }

    private List<Interval> busyOver(Interval period, String calendarId) {
        return google.alexBusyTimes().busyTimes(Set.of(calendarId), period).get(calendarId).busy();
    }

    private static List<String> people() {
        return DemoCalendars.seed(DEMO_WEEK).people().stream().map(p -> p.email()).toList();
    }

    private static Interval berlin(LocalDateTime start, Duration length) {
        Instant from = start.atZone(BERLIN).toInstant();
        return Interval.of(from, length);
    }
}
