package touchbase.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import touchbase.booking.fakes.FakeCalendarAccess;
import touchbase.booking.fakes.FakeCalendarEvents;
import touchbase.booking.fakes.InMemoryAccountSettings;
import touchbase.booking.fakes.InMemoryColleagues;
import touchbase.booking.fakes.InMemorySyncTokens;
import touchbase.booking.fakes.InMemoryTouchBases;
import touchbase.booking.fakes.MutableClock;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.ColleagueTestData;
import touchbase.domain.Interval;
import touchbase.domain.TouchBase;

/**
 * One account in Berlin with every booking use case wired over in-memory stores and the fake
 * calendar; the clock starts on Monday 2 February 2026, 08:00 in Berlin.
 */
final class BookingWorld {

    static final String ACCOUNT = "me";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final MutableClock clock = new MutableClock(Instant.parse("2026-02-02T07:00:00Z"));
    final InMemoryColleagues colleagues = new InMemoryColleagues();
    final InMemoryAccountSettings settingsStore = new InMemoryAccountSettings();
    final InMemoryTouchBases touchBases = new InMemoryTouchBases();
    final InMemorySyncTokens syncTokens = new InMemorySyncTokens();
    final FakeCalendarEvents google = new FakeCalendarEvents();
    final FakeCalendarAccess calendars = new FakeCalendarAccess(google);
    final SettingsLookup settings = new SettingsLookup(settingsStore, BERLIN);
    final Proposals proposals = new Proposals(colleagues, settings, touchBases, calendars, clock);
    final SeriesChanges seriesChanges = new SeriesChanges(touchBases, settings, clock, () -> { });
    final Booker booker = new Booker(colleagues, settings, touchBases, proposals, clock, () -> { });
    final ColleagueBook colleagueBook = new ColleagueBook(colleagues, settings, touchBases, seriesChanges);
    final Recheck recheck = new Recheck(touchBases, colleagues, settings, calendars, syncTokens, clock);
    final Relationships relationships = new Relationships(colleagues, touchBases, clock);

    BookingWorld() {
        settingsStore.save(ACCOUNT, AccountSettings.defaults(BERLIN));
    }

    static String myCalendar() {
        return FakeCalendarAccess.calendarOf(ACCOUNT);
    }

    /** A fresh worker over the same stores: what a restarted process builds. */
    OutboxWorker worker() {
        return new OutboxWorker(touchBases, colleagues, calendars, clock,
                new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(1),
                        Duration.ofMinutes(15), 5, () -> 0.5),
                50);
    }

    Colleague colleague(String name) {
        Colleague colleague = ColleagueTestData.aColleague().named(name).build();
        colleagues.save(ACCOUNT, colleague);
        return colleague;
    }

    TouchBase book(Colleague colleague) {
        BookingResult result = booker.book(ACCOUNT, colleague.id(), Optional.empty(), Optional.empty());
        return ((BookingResult.Booked) result).series();
    }

    TouchBase bookAt(Colleague colleague, String localStart, String rrule) {
        BookingResult result = booker.book(ACCOUNT, colleague.id(), Optional.of(at(localStart)), Optional.of(rrule));
        return ((BookingResult.Booked) result).series();
    }

    TouchBase series(String id) {
        return touchBases.find(id).orElseThrow();
    }

    /** Runs a fresh worker until the outbox is empty, moving the clock past each backoff. */
    void drainOutbox() {
        OutboxWorker worker = worker();
        for (int round = 0; round < 20 && !touchBases.allWrites().isEmpty(); round++) {
            worker.runOnce();
            touchBases.allWrites().stream().map(CalendarWrite::nextAttemptAt)
                    .filter(next -> next.isAfter(clock.instant()))
                    .min(Instant::compareTo)
                    .ifPresent(clock::set);
        }
    }

    void meeting(String calendarId, String localStart, String localEnd) {
        calendars.meeting(calendarId, new Interval(at(localStart).toInstant(), at(localEnd).toInstant()));
    }

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN);
    }

    List<CalendarWrite.Kind> queuedKinds() {
        return touchBases.allWrites().stream().map(CalendarWrite::kind).toList();
    }
}
