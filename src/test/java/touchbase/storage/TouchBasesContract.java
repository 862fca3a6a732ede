package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.CalendarWrite;
import touchbase.booking.CalendarWrite.Kind;
import touchbase.booking.TouchBases;
import touchbase.domain.Conflict;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;

/**
 * {@link TouchBases} on any database: series, occurrence changes and outbox writes kept field for
 * field (zoned times across daylight-saving changes included), a series and its writes stored
 * together or not at all, and due writes oldest first.
 */
abstract class TouchBasesContract extends StorageContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday before Berlin's clocks go forward (29 March 2026): UTC+1. */
    private static final ZonedDateTime WINTER_TUESDAY = ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, BERLIN);
    /** The Tuesday after: UTC+2. */
    private static final ZonedDateTime SUMMER_TUESDAY = ZonedDateTime.of(2026, 3, 31, 10, 0, 0, 0, BERLIN);

    private TouchBases touchBases;

    @Override
    void createAdapters() {
        touchBases = new JdbiTouchBases(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAccountsAndColleagues() {
        givenAccount("acc-1");
        givenAccount("acc-2");
        givenColleague("acc-1", "c-1");
        givenColleague("acc-1", "c-2");
        givenColleague("acc-2", "c-3");
    }

    @Test
    void keepsANewPendingSeries() {
        TouchBase series = series("s-1", "c-1");

        touchBases.save(series, List.of(), List.of());

        assertThat(touchBases.find("acc-1", "s-1")).contains(series);
    }

    @Test
    void keepsEveryFieldOfABookedSeries() {
        touchBases.save(series("s-old", "c-1").withStatus(TouchBase.Status.ENDED, Optional.empty(), NOW), List.of(),
                List.of());
        ZonedDateTime lastFriday = ZonedDateTime.of(2026, 7, 31, 16, 30, 0, 0, NEW_YORK);
        TouchBase booked = new TouchBase("s-1", "acc-1", "c-1",
                SeriesRule.parse("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20270101T000000Z", lastFriday),
                lastFriday, Duration.ofMinutes(45), TouchBase.Status.BOOKED,
                Optional.of("moved by the person"), Optional.of("tb0s1g2"), 2, Optional.of("tb0s1g2@google.com"), 4,
                true, Optional.of("https://meet.google.com/abc-defg-hij"), Optional.of("s-old"),
                Instant.parse("2026-03-01T10:15:30Z"), Instant.parse("2026-03-02T07:59:59Z"));

        touchBases.save(booked, List.of(), List.of());

        assertThat(touchBases.find("acc-1", "s-1")).contains(booked);
    }

    @Test
    void keepsTheFirstStartsWallClockAndZoneOnBothSidesOfADaylightSavingChange() {
        TouchBase winter = series("s-winter", "c-1", WINTER_TUESDAY);
        TouchBase summer = series("s-summer", "c-2", SUMMER_TUESDAY);

        touchBases.save(winter, List.of(), List.of());
        touchBases.save(summer, List.of(), List.of());

        assertThat(touchBases.find("acc-1", "s-winter").orElseThrow().firstStart()).isEqualTo(WINTER_TUESDAY);
        assertThat(touchBases.find("acc-1", "s-summer").orElseThrow().firstStart()).isEqualTo(SUMMER_TUESDAY);
        assertThat(touchBases.find("acc-1", "s-summer").orElseThrow().firstStart().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void savingASeriesAgainUpdatesIt() {
        TouchBase series = series("s-1", "c-1");
        touchBases.save(series, List.of(), List.of());
        TouchBase booked = series.booked("tb0s1", "tb0s1@google.com", 1, Optional.empty(), NOW);

        touchBases.save(booked, List.of(), List.of());

        assertThat(touchBases.find("acc-1", "s-1")).contains(booked);
    }

    @Test
    void keepsOccurrenceChangesAcrossADaylightSavingChange() {
        TouchBase series = series("s-1", "c-1", WINTER_TUESDAY);
        OccurrenceChange moved = OccurrenceChange.moved("s-1", WINTER_TUESDAY, SUMMER_TUESDAY.plusHours(3), "clash");
        OccurrenceChange movedAbroad = OccurrenceChange.moved("s-1", SUMMER_TUESDAY.plusWeeks(1),
                ZonedDateTime.of(2026, 4, 8, 9, 0, 0, 0, NEW_YORK), "travelling");
        OccurrenceChange skipped = OccurrenceChange.skipped("s-1", ZonedDateTime.of(2026, 10, 27, 10, 0, 0, 0, BERLIN),
                "");

        touchBases.save(series, List.of(skipped, movedAbroad, moved), List.of());

        assertThat(touchBases.changes("acc-1", "s-1")).containsExactly(moved, movedAbroad, skipped);
    }

    @Test
    void theChangesOfAnAccountComeInOneReadBySeriesInTheOrderOfEachSeries() {
        OccurrenceChange second = OccurrenceChange.skipped("s-1", SUMMER_TUESDAY, "");
        OccurrenceChange first = OccurrenceChange.moved("s-1", WINTER_TUESDAY, WINTER_TUESDAY.plusHours(2), "clash");
        OccurrenceChange other = OccurrenceChange.skipped("s-2", SUMMER_TUESDAY, "");
        touchBases.save(series("s-1", "c-1", WINTER_TUESDAY), List.of(second, first), List.of());
        touchBases.save(series("s-2", "c-2", WINTER_TUESDAY), List.of(other), List.of());
        touchBases.save(series("s-3", "c-3", "acc-2"),
                List.of(OccurrenceChange.skipped("s-3", SUMMER_TUESDAY, "")), List.of());

        assertThat(touchBases.changesOfAccount("acc-1"))
                .isEqualTo(java.util.Map.of("s-1", List.of(first, second), "s-2", List.of(other)));
    }

    @Test
    void aChangeForTheSameOccurrenceReplacesTheEarlierOneHoweverItsTimeIsWritten() {
        TouchBase series = series("s-1", "c-1", WINTER_TUESDAY);
        touchBases.save(series, List.of(OccurrenceChange.moved("s-1", WINTER_TUESDAY, WINTER_TUESDAY.plusDays(1), "a")),
                List.of());
        OccurrenceChange skipped = OccurrenceChange.skipped("s-1",
                WINTER_TUESDAY.withZoneSameInstant(ZoneOffset.UTC), "skipped after all");

        touchBases.save(series, List.of(skipped), List.of());

        assertThat(touchBases.changes("acc-1", "s-1")).containsExactly(skipped);
    }

    @Test
    void keepsEveryFieldOfAQueuedWrite() {
        TouchBase series = series("s-1", "c-1", WINTER_TUESDAY);
        CalendarWrite move = new CalendarWrite("w-1", "acc-1", "s-1", Kind.MOVE_OCCURRENCE, Optional.of(WINTER_TUESDAY),
                Optional.of(SUMMER_TUESDAY.withZoneSameInstant(NEW_YORK)), 3, NOW.minusSeconds(60),
                Optional.of("503 backendError"), NOW.minusSeconds(3600));
        CalendarWrite insert = write("w-2", "s-1", Kind.INSERT_SERIES, NOW.minusSeconds(7200));

        touchBases.save(series, List.of(), List.of(move, insert));

        assertThat(touchBases.pendingWrites("acc-1", "s-1")).containsExactly(insert, move);
    }

    @Test
    void tellsInOneReadWhichSeriesOfTheAccountHaveWritesPending() {
        TouchBase waiting = series("s-1", "c-1", WINTER_TUESDAY);
        TouchBase done = series("s-2", "c-2", WINTER_TUESDAY);
        touchBases.save(waiting, List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES, NOW),
                write("w-2", "s-1", Kind.DELETE_SERIES, NOW)));
        touchBases.save(done, List.of(), List.of(write("w-3", "s-2", Kind.INSERT_SERIES, NOW)));

        touchBases.completeWrite("w-3", done);

        assertThat(touchBases.seriesWithPendingWrites("acc-1")).containsExactly("s-1");
        assertThat(touchBases.seriesWithPendingWrites("acc-2")).isEmpty();
    }

    @Test
    void aWriteThatCannotBeQueuedLeavesTheSeriesAndItsChangesUnstored() {
        TouchBase series = series("s-1", "c-1", WINTER_TUESDAY);
        CalendarWrite insert = write("w-1", "s-1", Kind.INSERT_SERIES, NOW);
        CalendarWrite sameId = write("w-1", "s-1", Kind.DELETE_SERIES, NOW);

        assertThatThrownBy(() -> touchBases.save(series,
                List.of(OccurrenceChange.skipped("s-1", WINTER_TUESDAY, "")), List.of(insert, sameId)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s-1");

        assertThat(touchBases.find("acc-1", "s-1")).isEmpty();
        assertThat(touchBases.changes("acc-1", "s-1")).isEmpty();
        assertThat(touchBases.pendingWrites("acc-1", "s-1")).isEmpty();
    }

    @Test
    void savingSeveralSeriesTogetherStoresNoneWhenOneWriteCannotBeQueued() {
        TouchBase ended = series("s-1", "c-1", WINTER_TUESDAY).withStatus(TouchBase.Status.ENDED, Optional.empty(), NOW);
        TouchBase newer = series("s-2", "c-1", SUMMER_TUESDAY);
        CalendarWrite end = write("w-1", "s-1", Kind.END_SERIES, NOW);
        CalendarWrite sameId = write("w-1", "s-2", Kind.INSERT_SERIES, NOW);

        assertThatThrownBy(() -> touchBases.saveAll(List.of(ended, newer), List.of(), List.of(end, sameId)))
                .isInstanceOf(StorageException.class);

        assertThat(touchBases.find("acc-1", "s-1")).isEmpty();
        assertThat(touchBases.find("acc-1", "s-2")).isEmpty();
    }

    @Test
    void dueWritesAreThoseWhoseTimeHasComeOldestFirst() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(
                write("w-new", "s-1", Kind.CANCEL_OCCURRENCE, NOW.minusSeconds(10)),
                write("w-old", "s-1", Kind.INSERT_SERIES, NOW.minusSeconds(300)),
                write("w-later", "s-1", Kind.DELETE_SERIES, NOW.minusSeconds(600)).retryAt(NOW.plusSeconds(1), "429")));
        touchBases.save(series("s-3", "c-3", "acc-2"), List.of(), List.of(
                writeFor("acc-2", "w-middle", "s-3", Kind.INSERT_SERIES, NOW.minusSeconds(100))));

        assertThat(touchBases.dueWrites(NOW, 10)).extracting(CalendarWrite::id)
                .containsExactly("w-old", "w-middle", "w-new");
    }

    @Test
    void aClaimedWriteIsNotDueForAnotherWorkerUntilItsLeaseEnds() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES, NOW)));

        List<CalendarWrite> claimed = touchBases.claimDueWrites(NOW, NOW.plusSeconds(300), 10);

        assertThat(claimed).extracting(CalendarWrite::nextAttemptAt).containsExactly(NOW);
        assertThat(touchBases.claimDueWrites(NOW.plusSeconds(299), NOW.plusSeconds(600), 10)).isEmpty();
        assertThat(touchBases.pendingWrites("acc-1", "s-1")).extracting(CalendarWrite::id).containsExactly("w-1");
        assertThat(touchBases.claimDueWrites(NOW.plusSeconds(300), NOW.plusSeconds(600), 10))
                .extracting(CalendarWrite::id).containsExactly("w-1");
    }

    @Test
    void aWriteGivenBackIsDueAgainAsItWas() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES, NOW)));
        CalendarWrite claimed = touchBases.claimDueWrites(NOW, NOW.plusSeconds(300), 10).get(0);

        touchBases.rescheduleWrite(claimed);

        assertThat(touchBases.claimDueWrites(NOW, NOW.plusSeconds(300), 10)).containsExactly(claimed);
    }

    @Test
    void resumingAnAccountMakesItsWaitingWritesDueNow() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES,
                NOW.plusSeconds(900)), write("w-2", "s-1", Kind.CANCEL_OCCURRENCE, NOW.minusSeconds(60))));

        touchBases.resumeWrites("acc-1", NOW);
        touchBases.resumeWrites("acc-other", NOW.minusSeconds(3600));

        assertThat(touchBases.claimDueWrites(NOW, NOW.plusSeconds(300), 10))
                .extracting(CalendarWrite::id, CalendarWrite::nextAttemptAt)
                .containsExactlyInAnyOrder(tuple("w-1", NOW), tuple("w-2", NOW.minusSeconds(60)));
    }

    @Test
    void workersClaimingAtOnceNeverShareAWrite() throws Exception {
        List<CalendarWrite> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            writes.add(write(String.format("w-%02d", i), "s-1", Kind.CANCEL_OCCURRENCE, NOW.minusSeconds(40 - i)));
        }
        touchBases.save(series("s-1", "c-1"), List.of(), writes);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> claims = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            claims.add(workers.submit(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                for (List<CalendarWrite> batch = claimBatch(); !batch.isEmpty(); batch = claimBatch()) {
                    batch.forEach(w -> mine.add(w.id()));
                }
                return mine;
            }));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> claim : claims) {
            all.addAll(claim.get(60, TimeUnit.SECONDS));
        }
        workers.shutdown();

        assertThat(all).hasSize(40).doesNotHaveDuplicates();
    }

    private List<CalendarWrite> claimBatch() {
        return touchBases.claimDueWrites(NOW, NOW.plusSeconds(300), 3);
    }

    @Test
    void dueWritesStopAtTheLimit() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(
                write("w-1", "s-1", Kind.INSERT_SERIES, NOW.minusSeconds(30)),
                write("w-2", "s-1", Kind.CANCEL_OCCURRENCE, NOW.minusSeconds(20)),
                write("w-3", "s-1", Kind.CANCEL_OCCURRENCE, NOW.minusSeconds(10))));

        assertThat(touchBases.dueWrites(NOW, 2)).extracting(CalendarWrite::id).containsExactly("w-1", "w-2");
    }

    @Test
    void writesQueuedAtTheSameInstantComeInTheOrderTheyWereQueued() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(
                write("w-z", "s-1", Kind.INSERT_SERIES, NOW),
                write("w-a", "s-1", Kind.CANCEL_OCCURRENCE, NOW)));
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(write("w-m", "s-1", Kind.END_SERIES, NOW)));

        assertThat(touchBases.dueWrites(NOW, 10)).extracting(CalendarWrite::id).containsExactly("w-z", "w-a", "w-m");
    }

    @Test
    void reschedulingCountsTheAttemptAndWaitsUntilTheNextTime() {
        CalendarWrite insert = write("w-1", "s-1", Kind.INSERT_SERIES, NOW.minusSeconds(60));
        touchBases.save(series("s-1", "c-1"), List.of(), List.of(insert));
        CalendarWrite retry = insert.retryAt(NOW.plusSeconds(120), "503 backendError");

        touchBases.rescheduleWrite(retry);

        assertThat(touchBases.dueWrites(NOW, 10)).isEmpty();
        assertThat(touchBases.dueWrites(NOW.plusSeconds(120), 10)).containsExactly(retry);
        assertThat(retry.attempts()).isEqualTo(1);
    }

    @Test
    void completingAWriteRemovesItAndStoresTheSeriesAsBooked() {
        TouchBase pending = series("s-1", "c-1");
        touchBases.save(pending, List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES, NOW)));
        TouchBase booked = pending.booked("tb0s1", "tb0s1@google.com", 0, Optional.of("https://meet.google.com/x"), NOW);

        touchBases.completeWrite("w-1", booked);

        assertThat(touchBases.pendingWrites("acc-1", "s-1")).isEmpty();
        assertThat(touchBases.find("acc-1", "s-1")).contains(booked);
    }

    @Test
    void aCompletionThatCannotStoreTheSeriesKeepsTheWrite() {
        TouchBase pending = series("s-1", "c-1");
        CalendarWrite insert = write("w-1", "s-1", Kind.INSERT_SERIES, NOW);
        touchBases.save(pending, List.of(), List.of(insert));
        TouchBase unknownColleague = new TouchBase("s-1", "acc-1", "no-such-colleague", pending.rule(),
                pending.firstStart(), pending.duration(), TouchBase.Status.BOOKED, Optional.empty(), Optional.of("tb0s1"),
                0, Optional.empty(), 0, true, Optional.empty(), Optional.empty(), NOW, NOW);

        assertThatThrownBy(() -> touchBases.completeWrite("w-1", unknownColleague))
                .isInstanceOf(StorageException.class);

        assertThat(touchBases.pendingWrites("acc-1", "s-1")).containsExactly(insert);
        assertThat(touchBases.find("acc-1", "s-1")).contains(pending);
    }

    @Test
    void abandoningAWriteRemovesItAndStoresTheFailure() {
        TouchBase pending = series("s-1", "c-1");
        touchBases.save(pending, List.of(), List.of(write("w-1", "s-1", Kind.INSERT_SERIES, NOW)));
        TouchBase failed = pending.withStatus(TouchBase.Status.FAILED, Optional.of("403 forbiddenForNonOrganizer"), NOW);

        touchBases.abandonWrite("w-1", failed);

        assertThat(touchBases.dueWrites(NOW, 10)).isEmpty();
        assertThat(touchBases.find("acc-1", "s-1")).contains(failed);
    }

    @Test
    void listsSeriesPerAccountAndPerColleague() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of());
        touchBases.save(series("s-2", "c-2"), List.of(), List.of());
        touchBases.save(series("s-3", "c-3", "acc-2"), List.of(), List.of());

        assertThat(touchBases.forAccount("acc-1")).extracting(TouchBase::id).containsExactly("s-1", "s-2");
        assertThat(touchBases.forColleague("acc-1", "c-2")).extracting(TouchBase::id).containsExactly("s-2");
        assertThat(touchBases.forColleague("acc-1", "c-3")).isEmpty();
    }

    @Test
    void anotherAccountsSeriesIsNeitherFoundNorOverwritten() {
        OccurrenceChange skipped = OccurrenceChange.skipped("s-3", SUMMER_TUESDAY, "skipped");
        TouchBase theirs = series("s-3", "c-3", "acc-2");
        touchBases.save(theirs, List.of(skipped), List.of(writeFor("acc-2", "w-1", "s-3", Kind.INSERT_SERIES, NOW)));

        assertThat(touchBases.find("acc-1", "s-3")).isEmpty();
        assertThat(touchBases.changes("acc-1", "s-3")).isEmpty();
        assertThat(touchBases.pendingWrites("acc-1", "s-3")).isEmpty();
        assertThatThrownBy(() -> touchBases.save(series("s-3", "c-1"), List.of(), List.of()))
                .isInstanceOf(StorageException.class);
        assertThat(touchBases.find("acc-2", "s-3")).contains(theirs);
        assertThat(touchBases.changes("acc-2", "s-3")).containsExactly(skipped);
        assertThat(touchBases.changesOfAccount("acc-1")).doesNotContainKey("s-3");
        assertThat(touchBases.changesOfAccount("acc-2")).containsExactly(java.util.Map.entry("s-3", List.of(skipped)));
    }

    @Test
    void theChangesOfEverySeriesOfAnAccountAreReadAtOnceInTheirOrder() {
        OccurrenceChange moved = OccurrenceChange.moved("s-1", WINTER_TUESDAY, SUMMER_TUESDAY.plusHours(3), "clash");
        OccurrenceChange skipped = OccurrenceChange.skipped("s-1", SUMMER_TUESDAY.plusWeeks(1), "");
        OccurrenceChange other = OccurrenceChange.skipped("s-2", SUMMER_TUESDAY, "away");
        touchBases.save(series("s-1", "c-1", WINTER_TUESDAY), List.of(skipped, moved), List.of());
        touchBases.save(series("s-2", "c-2"), List.of(other), List.of());

        assertThat(touchBases.changesOfAccount("acc-1")).containsOnly(
                java.util.Map.entry("s-1", touchBases.changes("acc-1", "s-1")), java.util.Map.entry("s-2", List.of(other)));
        assertThat(touchBases.changesOfAccount("acc-1").get("s-1")).containsExactly(moved, skipped);
    }

    @Test
    void accountsWithActiveSeriesAreThoseWithAPendingOrBookedSeries() {
        touchBases.save(series("s-1", "c-1"), List.of(), List.of());
        touchBases.save(series("s-2", "c-2").booked("tb0s2", "tb0s2@google.com", 0, Optional.empty(), NOW),
                List.of(), List.of());
        touchBases.save(series("s-3", "c-3", "acc-2").withStatus(TouchBase.Status.CANCELLED, Optional.empty(), NOW),
                List.of(), List.of());

        assertThat(touchBases.accountsWithActiveSeries()).containsExactly("acc-1");
    }

    @Test
    void seriesChangesAndWritesSurviveReopeningTheDatabase() {
        TouchBase series = series("s-1", "c-1", WINTER_TUESDAY);
        OccurrenceChange moved = OccurrenceChange.moved("s-1", WINTER_TUESDAY, SUMMER_TUESDAY, "clash");
        CalendarWrite move = new CalendarWrite("w-1", "acc-1", "s-1", Kind.MOVE_OCCURRENCE, Optional.of(WINTER_TUESDAY),
                Optional.of(SUMMER_TUESDAY), 0, NOW, Optional.empty(), NOW);
        touchBases.save(series, List.of(moved), List.of(move));

        reopen();

        assertThat(touchBases.find("acc-1", "s-1")).contains(series);
        assertThat(touchBases.changes("acc-1", "s-1")).containsExactly(moved);
        assertThat(touchBases.dueWrites(NOW, 10)).containsExactly(move);
    }

    @Test
    void aSecondLiveSeriesForTheSameColleagueIsRefusedAsAConflict() {
        touchBases.save(series("s-1", "c-1").booked("tb0s1", "tb0s1@google.com", 0, Optional.empty(), NOW), List.of(),
                List.of());

        assertThatThrownBy(() -> touchBases.save(series("s-2", "c-1"), List.of(),
                List.of(write("w-1", "s-2", Kind.INSERT_SERIES, NOW))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already booked");

        assertThat(touchBases.find("acc-1", "s-2")).isEmpty();
        assertThat(touchBases.pendingWrites("acc-1", "s-2")).isEmpty();
    }

    @Test
    void cancelledAndEndedSeriesLeaveTheColleagueFreeToBookAgain() {
        touchBases.save(series("s-1", "c-1").withStatus(TouchBase.Status.CANCELLED, Optional.empty(), NOW), List.of(),
                List.of());
        touchBases.save(series("s-2", "c-1").withStatus(TouchBase.Status.ENDED, Optional.empty(), NOW), List.of(),
                List.of());

        touchBases.save(series("s-3", "c-1"), List.of(), List.of());

        assertThat(touchBases.forColleague("acc-1", "c-1")).extracting(TouchBase::id)
                .containsExactlyInAnyOrder("s-1", "s-2", "s-3");
    }

    @Test
    void aRescheduleEndsTheOldSeriesAndStartsItsReplacementTogetherInEitherOrder() {
        TouchBase old = series("s-1", "c-1");
        touchBases.save(old, List.of(), List.of());
        TouchBase replacement = series("s-2", "c-1", SUMMER_TUESDAY);

        touchBases.saveAll(List.of(replacement, old.withStatus(TouchBase.Status.ENDED, Optional.empty(), NOW)),
                List.of(), List.of());

        assertThat(touchBases.find("acc-1", "s-1").orElseThrow().status()).isEqualTo(TouchBase.Status.ENDED);
        assertThat(touchBases.find("acc-1", "s-2")).contains(replacement);
    }

    @Test
    void twoConcurrentSavesOfALiveSeriesForTheSameColleagueLeaveOne() throws Exception {
        List<Callable<String>> bookings = List.of(
                () -> saveAtOnce(series("s-a", "c-1"), write("w-a", "s-a", Kind.INSERT_SERIES, NOW)),
                () -> saveAtOnce(series("s-b", "c-1"), write("w-b", "s-b", Kind.INSERT_SERIES, NOW)));

        List<String> outcomes = runTogether(bookings);

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        assertThat(touchBases.forColleague("acc-1", "c-1")).hasSize(1);
        assertThat(touchBases.dueWrites(NOW, 10)).hasSize(1);
    }

    @Test
    void concurrentWritersTakeDistinctQueuePositions() throws Exception {
        List<Callable<String>> bookings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String colleague = "c-many-" + i;
            givenColleague("acc-1", colleague);
            bookings.add(() -> saveAtOnce(series("s-" + colleague, colleague),
                    write("w-" + colleague, "s-" + colleague, Kind.INSERT_SERIES, NOW),
                    write("w-" + colleague + "-skip", "s-" + colleague, Kind.CANCEL_OCCURRENCE, NOW)));
        }

        assertThat(runTogether(bookings)).containsOnly("saved");

        List<Long> positions = database().jdbi().withHandle(h -> h.createQuery(
                "SELECT queue_position FROM outbox ORDER BY queue_position").mapTo(Long.class).list());
        assertThat(positions).hasSize(16).doesNotHaveDuplicates();
    }

    private final CountDownLatch start = new CountDownLatch(1);

    private String saveAtOnce(TouchBase series, CalendarWrite... writes) throws InterruptedException {
        start.await();
        try {
            touchBases.save(series, List.of(), List.of(writes));
            return "saved";
        } catch (Conflict refused) {
            return "conflict";
        }
    }

    private List<String> runTogether(List<Callable<String>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<String>> futures = tasks.stream().map(threads::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static TouchBase series(String id, String colleagueId) {
        return series(id, colleagueId, WINTER_TUESDAY);
    }

    private static TouchBase series(String id, String colleagueId, ZonedDateTime firstStart) {
        return TouchBase.pending(id, "acc-1", colleagueId, SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", firstStart), firstStart, Duration.ofMinutes(30),
                true, NOW);
    }

    private static TouchBase series(String id, String colleagueId, String accountId) {
        return TouchBase.pending(id, accountId, colleagueId, SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", WINTER_TUESDAY),
                WINTER_TUESDAY,
                Duration.ofMinutes(30), false, NOW);
    }

    private static CalendarWrite write(String id, String seriesId, Kind kind, Instant createdAt) {
        return writeFor("acc-1", id, seriesId, kind, createdAt);
    }

    private static CalendarWrite writeFor(String accountId, String id, String seriesId, Kind kind, Instant createdAt) {
        Optional<ZonedDateTime> occurrence = kind == Kind.INSERT_SERIES || kind == Kind.DELETE_SERIES
                ? Optional.empty() : Optional.of(SUMMER_TUESDAY);
        return CalendarWrite.of(id, accountId, seriesId, kind, occurrence, Optional.empty(), createdAt);
    }
}
