package touchbase.upkeep;

import touchbase.fakes.BookingWorld;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

class RecheckTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    private TouchBase booked(Colleague colleague, String localStart, String rrule) {
        TouchBase series = world.bookAt(colleague, localStart, rrule);
        world.drainOutbox();
        return world.series(series.id());
    }

    @Test
    void changesNothingWhenOnlyTheTouchBasesThemselvesAreBusy() {
        booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).isEmpty();
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void movesAnOccurrenceANewMeetingClashesWithToTheNearestFreeSlotThatDay() {
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.meeting(BookingWorld.myCalendar(), "2026-02-10T10:00", "2026-02-10T11:00");

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(RecheckReport.Action.MOVED);
            assertThat(item.occurrence()).contains(BookingWorld.at("2026-02-10T10:00"));
            assertThat(item.newStart()).contains(BookingWorld.at("2026-02-10T09:15"));
            assertThat(item.reason()).contains("your calendar");
        });
        assertThat(world.touchBases.changes(BookingWorld.ACCOUNT, series.id())).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(OccurrenceChange.Kind.MOVED));
        world.drainOutbox();
        assertThat(instanceStarts(series, "2026-02-10")).containsExactly(BookingWorld.at("2026-02-10T09:15"));
    }

    @Test
    void movesAnOccurrenceTheColleagueDeclinedAwayFromTheDeclinedTime() {
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.recheck.recheck(BookingWorld.ACCOUNT);
        world.google.decline(series.googleEventId().orElseThrow(), BookingWorld.at("2026-02-17T10:00"));

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.fullSync()).isFalse();
        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(RecheckReport.Action.MOVED);
            assertThat(item.reason()).startsWith("Ana declined");
            assertThat(item.newStart()).contains(BookingWorld.at("2026-02-17T09:15"));
        });
        world.drainOutbox();
        assertThat(instanceStarts(series, "2026-02-17")).containsExactly(BookingWorld.at("2026-02-17T09:15"));
    }

    @Test
    void movesRespectTheCapsCountingTheOtherTouchBases() {
        world.settingsStore.save(BookingWorld.ACCOUNT, withCaps(1, 5));
        Colleague ben = world.colleague("Ben");
        TouchBase anas = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        booked(ben, "2026-02-04T10:00", "FREQ=WEEKLY;BYDAY=WE");
        world.meeting(BookingWorld.myCalendar(), "2026-02-09T09:00", "2026-02-09T17:00");
        world.meeting(BookingWorld.myCalendar(), "2026-02-10T09:00", "2026-02-10T17:00");

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.seriesId()).isEqualTo(anas.id());
            // Wednesday holds Ben's touch-base and the cap is one a day: the nearest free start is Thursday's first
            assertThat(item.newStart()).contains(BookingWorld.at("2026-02-12T09:00"));
        });
    }

    @Test
    void flagsAClashWithNoFreeSlotInItsWeekWithoutChangingIt() {
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        for (int day = 9; day <= 13; day++) {
            world.meeting(ana.email(), "2026-02-%02dT08:00".formatted(day), "2026-02-%02dT18:00".formatted(day));
        }

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(RecheckReport.Action.FLAGGED);
            assertThat(item.reason()).contains("Ana's calendar", "no free slot that week");
        });
        assertThat(world.touchBases.changes(BookingWorld.ACCOUNT, series.id())).isEmpty();
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void flagsADeclineOfTheTimeAnOccurrenceWasAlreadyMovedToInsteadOfMovingItAgain() {
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.recheck.recheck(BookingWorld.ACCOUNT);
        world.google.decline(series.googleEventId().orElseThrow(), BookingWorld.at("2026-02-17T10:00"));
        world.recheck.recheck(BookingWorld.ACCOUNT);
        world.drainOutbox();
        world.google.decline(series.googleEventId().orElseThrow(), BookingWorld.at("2026-02-17T10:00"));

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(RecheckReport.Action.FLAGGED);
            assertThat(item.reason()).isEqualTo("declined the moved time too: Ana declined it after it was moved");
        });
        assertThat(world.touchBases.pendingWrites(BookingWorld.ACCOUNT, series.id())).isEmpty();
    }

    @Test
    void aRecheckBuiltToSkipCancelsAClashWithNoFreeSlotInItsWeek() {
        Recheck skipping = new Recheck(world.touchBases, world.colleagues, world.settings, world.calendars,
                world.syncTokens, world.clock, Duration.ofDays(28), true);
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        for (int day = 9; day <= 13; day++) {
            world.meeting(ana.email(), "2026-02-%02dT08:00".formatted(day), "2026-02-%02dT18:00".formatted(day));
        }

        RecheckReport report = skipping.recheck(BookingWorld.ACCOUNT);

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.action()).isEqualTo(RecheckReport.Action.SKIPPED);
            assertThat(item.reason()).isEqualTo("a new meeting on Ana's calendar clashes; no free slot that week");
        });
        assertThat(world.touchBases.changes(BookingWorld.ACCOUNT, series.id())).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(OccurrenceChange.Kind.SKIPPED));
    }

    @Test
    void anExpiredSyncTokenIsDroppedAndTheCalendarSyncedInFull() {
        TouchBase series = booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        world.recheck.recheck(BookingWorld.ACCOUNT);
        String firstToken = world.syncTokens.find(BookingWorld.ACCOUNT, BookingWorld.myCalendar()).orElseThrow();
        world.google.decline(series.googleEventId().orElseThrow(), BookingWorld.at("2026-02-17T10:00"));
        world.google.expireSyncTokens();

        RecheckReport report = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(report.fullSync()).isTrue();
        assertThat(report.items(RecheckReport.Action.MOVED)).hasSize(1);
        assertThat(world.syncTokens.find(BookingWorld.ACCOUNT, BookingWorld.myCalendar())).get()
                .isNotEqualTo(firstToken);
    }

    @Test
    void aSecondRecheckSeesOnlyWhatChangedSince() {
        booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        RecheckReport first = world.recheck.recheck(BookingWorld.ACCOUNT);

        RecheckReport second = world.recheck.recheck(BookingWorld.ACCOUNT);

        assertThat(first.fullSync()).isTrue();
        assertThat(first.eventsSynced()).isPositive();
        assertThat(second.fullSync()).isFalse();
        assertThat(second.eventsSynced()).isZero();
    }

    @Test
    void theJobRechecksEveryAccountWithActiveSeries() {
        booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");

        assertThat(new RecheckJob(world.recheck, world.touchBases).runOnce())
                .extracting(RecheckReport::accountId).containsExactly(BookingWorld.ACCOUNT);
    }

    @Test
    void theJobLeavesAnAccountWhoseRecheckRunsElsewhere() {
        booked(ana, "2026-02-03T10:00", "FREQ=WEEKLY;BYDAY=TU");
        java.util.List<String> asked = new java.util.ArrayList<>();

        java.util.List<RecheckReport> reports = new RecheckJob(world.recheck, world.touchBases,
                java.util.Optional.empty(), (accountId, work) -> asked.add(accountId) && false).runOnce();

        assertThat(asked).containsExactly(BookingWorld.ACCOUNT);
        assertThat(reports).isEmpty();
    }

    private java.util.List<ZonedDateTime> instanceStarts(TouchBase series, String date) {
        LocalDate day = LocalDate.parse(date);
        Interval whole = new Interval(day.atStartOfDay(BookingWorld.BERLIN).toInstant(),
                day.plusDays(1).atStartOfDay(BookingWorld.BERLIN).toInstant());
        return world.google.instances(BookingWorld.myCalendar(), world.series(series.id()).googleEventId().orElseThrow(),
                whole).stream().map(event -> event.start().orElseThrow()).toList();
    }

    private static AccountSettings withCaps(int perDay, int perWeek) {
        AccountSettings d = AccountSettings.defaults(BookingWorld.BERLIN);
        return new AccountSettings(d.workingHours(), d.preferences(), d.bufferMinutes(), Duration.ofHours(24), perDay,
                perWeek, d.defaultCadence(), d.defaultDuration(), d.addMeetLink());
    }
}
