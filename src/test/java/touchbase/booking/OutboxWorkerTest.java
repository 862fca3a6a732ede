package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import touchbase.fakes.BookingWorld;
import touchbase.fakes.FakeCalendarEvents.Fault;
import touchbase.fakes.SimulatedCrash;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

class OutboxWorkerTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"TIMEOUT_AFTER_WRITE", "RESET_AFTER_WRITE", "UNAVAILABLE_503", "RATE_LIMITED"})
    void booksExactlyOneEventPerSeriesWhenGoogleFailsTransiently(Fault fault) {
        world.google.failNext("insertSeries", fault, fault);
        TouchBase pending = world.book(ana);

        world.drainOutbox();

        assertThat(world.google.inserts()).isEqualTo(1);
        assertThat(world.google.liveSeriesCount()).isEqualTo(1);
        TouchBase booked = world.series(pending.id());
        assertThat(booked.status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(booked.googleEventId()).contains(EventIds.forSeries(UUID.fromString(pending.id()), 0));
    }

    @Test
    void aSeriesCancelledWhileItsInsertIsOnTheWayStaysCancelledAndItsEventIsDeleted() {
        TouchBase pending = world.book(ana);
        world.google.duringNextInsert(() -> world.seriesChanges.cancel(BookingWorld.ACCOUNT, pending.id()));

        world.drainOutbox();

        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.CANCELLED);
        assertThat(world.google.liveSeriesCount()).as("the delete queued behind the insert removed the event").isZero();
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void aFailedAttemptWaitsForItsBackoffBeforeTryingAgain() {
        world.google.failNext("insertSeries", Fault.UNAVAILABLE_503);
        world.book(ana);
        OutboxWorker worker = world.worker();

        worker.runOnce();
        int completedAtOnce = worker.runOnce();

        assertThat(completedAtOnce).isZero();
        CalendarWrite retried = world.touchBases.allWrites().get(0);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).contains("503 Service Unavailable");
        assertThat(retried.nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(5));
    }

    @Test
    void resumesAfterAKillBetweenStoringTheBookingAndWritingIt() {
        TouchBase pending = world.book(ana);
        // the process dies here: the decision is stored, nothing reached Google

        world.worker().runOnce();

        assertThat(world.google.inserts()).isEqualTo(1);
        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void twoWorkersNeverTakeTheSameWriteAndGiveBackWhatTheyDidNotReach() {
        TouchBase first = world.book(ana);
        List<CalendarWrite> claimed = world.touchBases.claimDueWrites(world.clock.instant(),
                world.clock.instant().plus(OutboxWorker.LEASE), 10);
        assertThat(world.touchBases.claimDueWrites(world.clock.instant(), world.clock.instant(), 10))
                .as("a second worker finds nothing due").isEmpty();

        claimed.forEach(world.touchBases::rescheduleWrite);
        world.worker().runOnce();

        assertThat(world.google.inserts()).isEqualTo(1);
        assertThat(world.series(first.id()).status()).isEqualTo(TouchBase.Status.BOOKED);
    }

    @Test
    void resumesAfterAKillBetweenTheGoogleWriteAndCompletingIt() {
        TouchBase pending = world.book(ana);
        world.touchBases.crashBeforeComplete(1);
        assertThatThrownBy(() -> world.worker().runOnce()).isInstanceOf(SimulatedCrash.class);
        assertThat(world.google.inserts()).isEqualTo(1);
        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.PENDING);
        world.worker().runOnce();
        assertThat(world.google.insertCalls()).as("the dead worker's claim holds until its lease ends").isEqualTo(1);

        world.clock.advance(OutboxWorker.LEASE);
        world.worker().runOnce();

        assertThat(world.google.inserts()).isEqualTo(1);
        assertThat(world.google.insertCalls()).isEqualTo(2);
        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void movesAnOccurrenceOnlyAfterItsSeriesIsInserted() {
        TouchBase series = world.bookAt(ana, "2026-02-10T10:00", "FREQ=WEEKLY;BYDAY=TU");
        ZonedDateTime second = BookingWorld.at("2026-02-17T10:00");
        world.seriesChanges.skip(BookingWorld.ACCOUNT, series.id(), second.toLocalDate());
        world.google.failNext("insertSeries", Fault.UNAVAILABLE_503);

        world.worker().runOnce();

        assertThat(world.queuedKinds()).containsExactly(CalendarWrite.Kind.INSERT_SERIES,
                CalendarWrite.Kind.CANCEL_OCCURRENCE);
        world.drainOutbox();
        assertThat(world.touchBases.allWrites()).isEmpty();
        String eventId = world.series(series.id()).googleEventId().orElseThrow();
        assertThat(world.google.instances(BookingWorld.myCalendar(), eventId,
                new touchbase.domain.Interval(second.toInstant(), second.plusMinutes(30).toInstant())))
                .singleElement().satisfies(instance -> assertThat(instance.cancelled()).isTrue());
    }

    @Test
    void givesUpAfterItsAttemptsAndLeavesTheSeriesFailedWithTheReason() {
        world.google.failNext("insertSeries", Fault.UNAVAILABLE_503, Fault.UNAVAILABLE_503, Fault.UNAVAILABLE_503,
                Fault.UNAVAILABLE_503, Fault.UNAVAILABLE_503);
        TouchBase pending = world.book(ana);

        world.drainOutbox();

        TouchBase failed = world.series(pending.id());
        assertThat(failed.status()).isEqualTo(TouchBase.Status.FAILED);
        assertThat(failed.statusReason()).get().asString().contains("after 5 attempts", "503");
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void revokedAccessKeepsTheBookingQueuedAndFinishesItAfterReconnecting() {
        world.google.failNext("insertSeries", Fault.ACCESS_REVOKED);
        TouchBase pending = world.book(ana);

        world.worker().runOnce();

        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.FAILED);
        assertThat(world.series(pending.id()).statusReason()).contains(OutboxWorker.RECONNECT);
        assertThat(world.touchBases.pendingWrites(BookingWorld.ACCOUNT, pending.id())).singleElement()
                .satisfies(write -> assertThat(write.attempts()).isZero());

        world.clock.advance(Duration.ofMinutes(15));
        world.worker().runOnce();

        assertThat(world.series(pending.id()).status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(world.google.inserts()).isEqualTo(1);
    }

    @Test
    void anEventIdTakenByAnotherEventBooksTheNextGeneration() {
        TouchBase pending = world.book(ana);
        String taken = EventIds.forSeries(UUID.fromString(pending.id()), 0);
        world.google.occupy(taken, new SeriesInvite(taken, "Someone else's", "", pending.firstStart(),
                Duration.ofMinutes(30), "FREQ=WEEKLY", BookingWorld.myCalendar(), "x@example.com", "X", false,
                UUID.randomUUID().toString()));

        world.worker().runOnce();

        TouchBase booked = world.series(pending.id());
        assertThat(booked.status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(booked.generation()).isEqualTo(1);
        assertThat(booked.googleEventId()).contains(EventIds.forSeries(UUID.fromString(pending.id()), 1));
    }

    @Test
    void aRejectedInsertFailsTheSeriesWithGooglesMessage() {
        world.google.failNext("insertSeries", Fault.REJECTED);
        TouchBase pending = world.book(ana);

        world.worker().runOnce();

        TouchBase failed = world.series(pending.id());
        assertThat(failed.status()).isEqualTo(TouchBase.Status.FAILED);
        assertThat(failed.statusReason()).get().asString().contains("Invalid recurrence rule");
    }

    @Test
    void theInviteNamesBothPeopleAndCarriesTheAgenda() {
        TouchBase pending = world.book(ana);

        world.worker().runOnce();

        String eventId = world.series(pending.id()).googleEventId().orElseThrow();
        CalendarEvent event = world.google.series(BookingWorld.myCalendar(), eventId).orElseThrow();
        assertThat(event.attendees()).extracting(Attendee::email).containsExactly(ana.email());
        assertThat(event.recurrence()).containsExactly("RRULE:" + pending.rrule());
        assertThat(event.seriesId()).contains(pending.id());
        assertThat(Optional.of(Agenda.forColleague("Ana"))).get().asString()
                .contains("working on", "outside work", "help with", "worth sharing");
    }
}
