package touchbase.booking;

import touchbase.fakes.BookingWorld;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

class BookerTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @Test
    void storesThePendingSeriesWithItsInsertInTheOutbox() {
        BookingResult result = world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());

        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        TouchBase series = ((BookingResult.Booked) result).series();
        assertThat(series.status()).isEqualTo(TouchBase.Status.PENDING);
        assertThat(series.firstStart().toInstant()).isAfter(world.clock.instant());
        assertThat(world.queuedKinds()).containsExactly(CalendarWrite.Kind.INSERT_SERIES);
        assertThat(world.google.inserts()).isZero();
    }

    @Test
    void queuesThePlannersMovedAndSkippedOccurrencesAfterTheInsert() {
        Colleague weekly = world.colleague("Ben");
        world.meeting(weekly.email(), "2026-02-24T09:00", "2026-02-24T17:00");

        BookingResult planned = world.booker.book(BookingWorld.ACCOUNT, weekly.id(),
                Optional.empty(), Optional.of("FREQ=WEEKLY;BYDAY=TU"));

        BookingResult.Booked booked = (BookingResult.Booked) planned;
        assertThat(booked.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(OccurrenceChange.Kind.MOVED);
            assertThat(change.originalStart().toLocalDate()).hasToString("2026-02-24");
            assertThat(change.newStart().orElseThrow().toLocalDate()).isNotEqualTo(change.originalStart().toLocalDate());
        });
        List<CalendarWrite> writes = world.touchBases.pendingWrites(BookingWorld.ACCOUNT, booked.series().id());
        assertThat(writes).extracting(CalendarWrite::kind)
                .containsExactly(CalendarWrite.Kind.INSERT_SERIES, CalendarWrite.Kind.MOVE_OCCURRENCE);
        assertThat(writes.get(1).occurrence()).contains(booked.changes().get(0).originalStart());
        assertThat(world.touchBases.changes(BookingWorld.ACCOUNT, booked.series().id())).isEqualTo(booked.changes());
    }

    @Test
    void aBookingThatLosesARaceToAnotherInstanceAnswersAlreadyBooked() {
        TouchBase theirs = world.book(ana);
        TouchBases notYetSeen = seenOnlyOnceSaving(world.touchBases, theirs.id());
        Booker ours = new Booker(world.colleagues, world.settings, notYetSeen,
                new Proposals(world.colleagues, world.settings, notYetSeen, world.calendars, world.clock),
                world.clock, () -> { });

        BookingResult result = ours.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());

        assertThat(result).isEqualTo(new BookingResult.AlreadyBooked(theirs));
        assertThat(world.touchBases.forColleague(BookingWorld.ACCOUNT, ana.id())).containsExactly(theirs);
    }

    /**
     * The store as an instance sees it that read before another instance saved {@code hiddenId}: the
     * series is missing from every list until the first save, which the store then refuses.
     */
    private static TouchBases seenOnlyOnceSaving(TouchBases store, String hiddenId) {
        AtomicBoolean saving = new AtomicBoolean();
        return (TouchBases) Proxy.newProxyInstance(TouchBases.class.getClassLoader(), new Class<?>[] {TouchBases.class},
                (proxy, method, args) -> {
                    saving.compareAndSet(false, method.getName().startsWith("save"));
                    try {
                        Object answer = method.invoke(store, args);
                        if (!saving.get() && answer instanceof List<?> list) {
                            return list.stream().filter(item -> !(item instanceof TouchBase series
                                    && series.id().equals(hiddenId))).toList();
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void answersAlreadyBookedInsteadOfASecondSeries() {
        TouchBase first = world.book(ana);

        BookingResult again = world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());

        assertThat(again).isEqualTo(new BookingResult.AlreadyBooked(first));
        assertThat(world.touchBases.forColleague(BookingWorld.ACCOUNT, ana.id())).hasSize(1);
    }

    @Test
    void aPausedColleagueIsNotPlacedWithTheReason() {
        world.colleagueBook.pause(BookingWorld.ACCOUNT, ana.id());

        BookingResult result = world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());

        assertThat(result).isInstanceOfSatisfying(BookingResult.NotPlaced.class,
                notPlaced -> assertThat(notPlaced.reason()).contains("paused"));
    }

    @Test
    void bookingRightAfterAPlanReadsFreeBusyOnceAndAPlanWithNobodyLeftReadsNothing() {
        Colleague ben = world.colleague("Ben");
        world.proposals.plan(BookingWorld.ACCOUNT);
        world.clock.advance(java.time.Duration.ofSeconds(30));

        world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());
        world.booker.book(BookingWorld.ACCOUNT, ben.id(), Optional.empty(), Optional.empty());
        world.clock.advance(java.time.Duration.ofMinutes(5));
        world.proposals.plan(BookingWorld.ACCOUNT);

        assertThat(world.calendars.busyQueries()).isEqualTo(1);
    }

    @Test
    void aPlannerSkippedOccurrenceIsLeftOutOfTheSeriesWithNoWriteOfItsOwn() {
        Colleague weekly = world.colleague("Ben");
        world.meeting(weekly.email(), "2026-02-20T00:00", "2026-03-02T23:59");

        BookingResult.Booked booked = (BookingResult.Booked) world.booker.book(BookingWorld.ACCOUNT, weekly.id(),
                Optional.empty(), Optional.of("FREQ=WEEKLY;BYDAY=TU"));

        assertThat(booked.changes()).extracting(OccurrenceChange::kind).containsExactly(OccurrenceChange.Kind.SKIPPED);
        assertThat(world.touchBases.pendingWrites(BookingWorld.ACCOUNT, booked.series().id()))
                .extracting(CalendarWrite::kind).containsExactly(CalendarWrite.Kind.INSERT_SERIES);
    }

    @Test
    void bookAllBooksEveryUnplannedColleagueOnce() {
        world.colleague("Ben");
        world.colleague("Chloe");

        List<BookingResult> results = world.booker.bookAll(BookingWorld.ACCOUNT);
        List<BookingResult> again = world.booker.bookAll(BookingWorld.ACCOUNT);

        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(BookingResult.Booked.class));
        assertThat(again).isEmpty();
        world.drainOutbox();
        assertThat(world.google.inserts()).isEqualTo(3);
    }

    @Test
    void rejectsAStartMoreThanTwoYearsAheadNamingTheField() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, ana.id(),
                Optional.of(BookingWorld.at("2029-02-06T10:00")), Optional.of("FREQ=WEEKLY;BYDAY=TU")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e).hasMessageContaining("within two years")
                        .extracting(InvalidInput::field).isEqualTo("start"));
        assertThat(world.touchBases.forAccount(BookingWorld.ACCOUNT)).isEmpty();
    }

    @Test
    void rejectsAStartInThePastNamingTheField() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, ana.id(),
                Optional.of(BookingWorld.at("2026-01-27T10:00")), Optional.of("FREQ=WEEKLY;BYDAY=TU")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("start"));
    }

    @Test
    void rejectsAStartThatIsNotOnTheRulesDay() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, ana.id(),
                Optional.of(BookingWorld.at("2026-02-11T10:00")), Optional.of("FREQ=WEEKLY;BYDAY=TU")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).contains("Wednesday", "Tuesday"));
    }

    @Test
    void rejectsARuleThatDoesNotParse() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(),
                Optional.of("FREQ=DAILY")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("rrule"));
    }

    @Test
    void anUnknownColleagueIsNotFound() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, "nobody", Optional.empty(), Optional.empty()))
                .isInstanceOf(NotFound.class);
    }
}
