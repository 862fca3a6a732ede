package touchbase.fakes;

import touchbase.booking.Proposals;
import touchbase.booking.SeriesChanges;
import touchbase.booking.Booker;
import touchbase.booking.OutboxWorker;
import touchbase.booking.CalendarWrite;
import touchbase.booking.RetryPolicy;
import touchbase.booking.BookingResult;
import touchbase.account.SettingsLookup;
import touchbase.colleagues.ColleagueBook;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.Relationships;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.ColleagueTestData;
import touchbase.domain.Interval;
import touchbase.domain.TouchBase;

/**
 * One account in Berlin with every booking use case wired over in-memory stores and the fake
 * calendar; the clock starts on Monday 2 February 2026, 08:00 in Berlin.
 */
public final class BookingWorld {

    public static final String ACCOUNT = "me";
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public final MutableClock clock = new MutableClock(Instant.parse("2026-02-02T07:00:00Z"));
    public final InMemoryColleagues colleagues = new InMemoryColleagues();
    public final InMemoryAccountSettings settingsStore = new InMemoryAccountSettings();
    public final InMemoryTouchBases touchBases = new InMemoryTouchBases();
    public final InMemorySyncTokens syncTokens = new InMemorySyncTokens();
    public final FakeCalendarEvents google = new FakeCalendarEvents();
    public final FakeCalendarAccess calendars = new FakeCalendarAccess(google);
    public final SettingsLookup settings = new SettingsLookup(settingsStore, BERLIN);
    public final Proposals proposals = new Proposals(colleagues, settings, touchBases, calendars, clock);
    public final SeriesChanges seriesChanges = new SeriesChanges(touchBases, settings, clock, () -> { });
    public final Booker booker = new Booker(colleagues, settings, touchBases, proposals, clock, () -> { });
    public final ColleagueBook colleagueBook = new ColleagueBook(colleagues, settings, touchBases, seriesChanges,
            calendars, clock);
    public final Recheck recheck = new Recheck(touchBases, colleagues, settings, calendars, syncTokens, clock);
    public final Relationships relationships = new Relationships(colleagues, touchBases, clock);

    public BookingWorld() {
        settingsStore.save(ACCOUNT, AccountSettings.defaults(BERLIN));
    }

    public static String myCalendar() {
        return FakeCalendarAccess.calendarOf(ACCOUNT);
    }

    /** A fresh worker over the same stores: what a restarted process builds. */
    public OutboxWorker worker() {
        return new OutboxWorker(touchBases, colleagues, null, calendars, clock,
                new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(1),
                        Duration.ofMinutes(15), 5, () -> 0.5),
                50, OutboxWorker.LEASE);
    }

    public Colleague colleague(String name) {
        Colleague colleague = ColleagueTestData.aColleague().named(name).build();
        colleagues.save(ACCOUNT, colleague);
        return colleague;
    }

    public TouchBase book(Colleague colleague) {
        BookingResult result = booker.book(ACCOUNT, colleague.id(), Optional.empty(), Optional.empty());
        return ((BookingResult.Booked) result).series();
    }

    public TouchBase bookAt(Colleague colleague, String localStart, String rrule) {
        BookingResult result = booker.book(ACCOUNT, colleague.id(), Optional.of(at(localStart)), Optional.of(rrule));
        return ((BookingResult.Booked) result).series();
    }

    public TouchBase series(String id) {
        return touchBases.find(ACCOUNT, id).orElseThrow();
    }

    /** Runs a fresh worker until the outbox is empty, moving the clock past each backoff. */
    public void drainOutbox() {
        OutboxWorker worker = worker();
        for (int round = 0; round < 20 && !touchBases.allWrites().isEmpty(); round++) {
            worker.runOnce();
            touchBases.allWrites().stream().map(CalendarWrite::nextAttemptAt)
                    .filter(next -> next.isAfter(clock.instant()))
                    .min(Instant::compareTo)
                    .ifPresent(clock::set);
        }
    }

    public void meeting(String calendarId, String localStart, String localEnd) {
        calendars.meeting(calendarId, new Interval(at(localStart).toInstant(), at(localEnd).toInstant()));
    }

    public static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN);
    }

    public List<CalendarWrite.Kind> queuedKinds() {
        return touchBases.allWrites().stream().map(CalendarWrite::kind).toList();
    }
}
