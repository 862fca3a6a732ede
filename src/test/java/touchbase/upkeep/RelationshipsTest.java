package touchbase.upkeep;

import touchbase.fakes.BookingWorld;
import touchbase.booking.OutboxWorker;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import touchbase.account.changes.AccountChanges;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

class RelationshipsTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @Test
    void aNewColleagueNeverMetAndNotBookedIsNotOverdue() {
        Relationship relationship = world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id());

        assertThat(relationship.overdue()).isFalse();
        assertThat(relationship.lastHeld()).isEmpty();
        assertThat(relationship.next()).isEmpty();
    }

    @Test
    void aBookedColleagueShowsTheNextTouchBaseAndIsNotOverdue() {
        world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();

        Relationship relationship = world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id());

        assertThat(relationship.overdue()).isFalse();
        assertThat(relationship.next()).contains(BookingWorld.at("2026-02-03T10:00"));
        assertThat(relationship.cadence()).isEqualTo("weekly on Tuesday");
        assertThat(relationship.attention()).isEmpty();
    }

    @Test
    void afterTheSeriesIsCancelledTheLastHeldStaysAndTurnsOverdueOnceThePeriodPasses() {
        TouchBase series = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.clock.set(BookingWorld.at("2026-02-18T12:00").toInstant());
        world.seriesChanges.cancel(BookingWorld.ACCOUNT, series.id());

        Relationship justAfter = world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id());
        world.clock.advance(Duration.ofDays(7));
        Relationship weekLater = world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id());

        assertThat(justAfter.lastHeld()).contains(BookingWorld.at("2026-02-17T10:00"));
        assertThat(justAfter.overdue()).isFalse();
        assertThat(weekLater.lastHeld()).contains(BookingWorld.at("2026-02-17T10:00"));
        assertThat(weekLater.overdue()).isTrue();
    }

    @Test
    void aSkippedOccurrenceIsNotHeld() {
        TouchBase series = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.seriesChanges.skip(BookingWorld.ACCOUNT, series.id(), java.time.LocalDate.parse("2026-02-10"));
        world.clock.set(BookingWorld.at("2026-02-12T12:00").toInstant());

        assertThat(world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id()).lastHeld())
                .contains(BookingWorld.at("2026-02-03T10:00"));
    }

    @Test
    void aPausedColleagueIsNeverOverdueAndSaysWhy() {
        world.colleagueBook.pause(BookingWorld.ACCOUNT, ana.id());

        Relationship relationship = world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id());

        assertThat(relationship.overdue()).isFalse();
        assertThat(relationship.attention()).contains("paused: not planned until resumed");
    }

    @Test
    void aFailingSeriesSaysWhy() {
        world.google.failNext("insertSeries", touchbase.fakes.FakeCalendarEvents.Fault.ACCESS_REVOKED);
        world.book(ana);
        world.worker().runOnce();

        assertThat(world.relationships.forColleague(BookingWorld.ACCOUNT, ana.id()).attention())
                .contains(OutboxWorker.RECONNECT);
    }

    @Test
    void aKeptListMovesOnWhenTheNextTouchBaseStartsThoughNothingWasWritten() {
        world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        Relationships kept = world.relationships.keptUntilChangedIn(new AccountChanges());
        world.clock.set(BookingWorld.at("2026-02-03T09:59:40").toInstant());
        Relationship before = kept.forAccount(BookingWorld.ACCOUNT).get(0);

        world.clock.advance(Duration.ofSeconds(30));
        Relationship after = kept.forAccount(BookingWorld.ACCOUNT).get(0);

        assertThat(before.next()).contains(BookingWorld.at("2026-02-03T10:00"));
        assertThat(before.lastHeld()).isEmpty();
        assertThat(after.lastHeld()).contains(BookingWorld.at("2026-02-03T10:00"));
        assertThat(after.next()).contains(BookingWorld.at("2026-02-10T10:00"));
    }

    @Test
    void aKeptListTurnsOverdueWhenThePeriodEndsThoughNothingWasWritten() {
        TouchBase series = world.bookAt(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.drainOutbox();
        world.clock.set(BookingWorld.at("2026-02-18T12:00").toInstant());
        world.seriesChanges.cancel(BookingWorld.ACCOUNT, series.id());
        Relationships kept = world.relationships.keptUntilChangedIn(new AccountChanges());
        world.clock.set(BookingWorld.at("2026-02-24T09:59:40").toInstant());
        List<Relationship> before = kept.forAccount(BookingWorld.ACCOUNT);

        world.clock.advance(Duration.ofSeconds(30));
        List<Relationship> after = kept.forAccount(BookingWorld.ACCOUNT);

        assertThat(kept.forAccount(BookingWorld.ACCOUNT)).as("kept while it stands").isSameAs(after);
        assertThat(before.get(0).overdue()).isFalse();
        assertThat(after.get(0).overdue()).isTrue();
    }
}
