package touchbase.booking;

import touchbase.fakes.BookingWorld;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

class SeriesChangesTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    private TouchBase bookedWeeklyOnTuesdays() {
        TouchBase series = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        return world.series(series.id());
    }

    @Test
    void rescheduleEndsTheOldSeriesThenInsertsTheNewOneInThatOrder() {
        TouchBase old = bookedWeeklyOnTuesdays();
        world.clock.set(BookingWorld.at("2026-02-12T09:00").toInstant());

        TouchBase replacement = world.seriesChanges.reschedule(BookingWorld.ACCOUNT, old.id(),
                BookingWorld.at("2026-02-19T14:00"), Optional.empty());

        assertThat(world.touchBases.allWrites()).extracting(CalendarWrite::kind, CalendarWrite::seriesId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CalendarWrite.Kind.END_SERIES, old.id()),
                        org.assertj.core.groups.Tuple.tuple(CalendarWrite.Kind.INSERT_SERIES, replacement.id()));
        TouchBase ended = world.series(old.id());
        assertThat(ended.status()).isEqualTo(TouchBase.Status.ENDED);
        assertThat(ended.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260217T085959Z");
        assertThat(replacement.replacesSeriesId()).contains(old.id());
        assertThat(replacement.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TH");
    }

    @Test
    void afterTheRescheduleGoogleHasTheOldSeriesEndedAndOneNewSeries() {
        TouchBase old = bookedWeeklyOnTuesdays();
        world.clock.set(BookingWorld.at("2026-02-12T09:00").toInstant());
        TouchBase replacement = world.seriesChanges.reschedule(BookingWorld.ACCOUNT, old.id(),
                BookingWorld.at("2026-02-19T14:00"), Optional.empty());

        world.drainOutbox();

        String oldEvent = old.googleEventId().orElseThrow();
        assertThat(world.google.rrule(oldEvent)).contains("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260217T085959Z");
        Interval march = new Interval(BookingWorld.at("2026-02-16T00:00").toInstant(),
                BookingWorld.at("2026-03-01T00:00").toInstant());
        assertThat(world.google.instances(BookingWorld.myCalendar(), oldEvent, march)).isEmpty();
        assertThat(world.series(replacement.id()).status()).isEqualTo(TouchBase.Status.BOOKED);
        assertThat(world.google.inserts()).isEqualTo(2);
    }

    @Test
    void changeCadenceStartsTheNewRuleFromTheNextOccurrence() {
        TouchBase old = bookedWeeklyOnTuesdays();
        world.clock.set(BookingWorld.at("2026-02-12T09:00").toInstant());

        TouchBase monthly = world.seriesChanges.changeCadence(BookingWorld.ACCOUNT, old.id(), "monthly");

        assertThat(monthly.firstStart()).isEqualTo(BookingWorld.at("2026-02-17T10:00"));
        assertThat(monthly.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=3TU");
    }

    @Test
    void cancelQueuesTheDeleteSoGoogleSendsTheCancellation() {
        TouchBase series = bookedWeeklyOnTuesdays();

        TouchBase cancelled = world.seriesChanges.cancel(BookingWorld.ACCOUNT, series.id());

        assertThat(cancelled.status()).isEqualTo(TouchBase.Status.CANCELLED);
        assertThat(world.queuedKinds()).containsExactly(CalendarWrite.Kind.DELETE_SERIES);
        world.drainOutbox();
        assertThat(world.google.isDeleted(series.googleEventId().orElseThrow())).isTrue();
    }

    @Test
    void cancellingBeforeTheInsertRanLeavesNothingOnGoogle() {
        TouchBase pending = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");

        world.seriesChanges.cancel(BookingWorld.ACCOUNT, pending.id());
        world.drainOutbox();

        assertThat(world.google.liveSeriesCount()).isZero();
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void skipCancelsTheOccurrenceOnThatDate() {
        TouchBase series = bookedWeeklyOnTuesdays();

        OccurrenceChange skipped = world.seriesChanges.skip(BookingWorld.ACCOUNT, series.id(), LocalDate.parse("2026-02-17"));

        assertThat(skipped.kind()).isEqualTo(OccurrenceChange.Kind.SKIPPED);
        assertThat(skipped.originalStart()).isEqualTo(BookingWorld.at("2026-02-17T10:00"));
        assertThat(world.touchBases.allWrites()).singleElement().satisfies(write -> {
            assertThat(write.kind()).isEqualTo(CalendarWrite.Kind.CANCEL_OCCURRENCE);
            assertThat(write.occurrence()).contains(BookingWorld.at("2026-02-17T10:00"));
        });
    }

    @Test
    void skippingADateWithoutATouchBaseNamesTheDate() {
        TouchBase series = bookedWeeklyOnTuesdays();

        assertThatThrownBy(() -> world.seriesChanges.skip(BookingWorld.ACCOUNT, series.id(), LocalDate.parse("2026-02-18")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.getMessage()).contains("2026-02-18", "weekly on Tuesday");
                });
    }

    @Test
    void aCancelledSeriesCannotBeRescheduled() {
        TouchBase series = bookedWeeklyOnTuesdays();
        world.seriesChanges.cancel(BookingWorld.ACCOUNT, series.id());

        assertThatThrownBy(() -> world.seriesChanges.reschedule(BookingWorld.ACCOUNT, series.id(),
                BookingWorld.at("2026-02-19T14:00"), Optional.empty()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void anotherAccountsSeriesIsNotFound() {
        TouchBase series = bookedWeeklyOnTuesdays();

        assertThatThrownBy(() -> world.seriesChanges.cancel("someone-else", series.id())).isInstanceOf(NotFound.class);
        assertThat(world.touchBases.allWrites()).isEqualTo(List.of());
    }
}
