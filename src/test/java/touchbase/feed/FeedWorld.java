package touchbase.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import touchbase.account.changes.AccountChanges;
import touchbase.account.changes.ChangeWatch;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.fakes.InMemoryColleagues;
import touchbase.fakes.InMemoryTouchBases;
import touchbase.fakes.MutableClock;

/**
 * An account ("me", me@example.com) with the feed over in-memory stores, watched for changes as in the
 * running service, a settable clock (1 March 2026), and builders for series as Google confirmed them.
 */
final class FeedWorld {

    static final String ME = "me";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryTouchBases stored = new InMemoryTouchBases();
    final InMemoryColleagues storedColleagues = new InMemoryColleagues();
    final AccountChanges changes = new AccountChanges();
    final FeedCache cache = new FeedCache(changes);
    final TouchBases touchBases = ChangeWatch.watching(stored, changes);
    final Colleagues colleagues = ChangeWatch.watching(storedColleagues, changes);
    final InMemoryFeedStores.Tokens tokens = new InMemoryFeedStores.Tokens();
    final InMemoryFeedStores.Settings settings = new InMemoryFeedStores.Settings();
    final InMemoryFeedStores.Accounts accounts = new InMemoryFeedStores.Accounts();
    final AtomicInteger seriesReads = new AtomicInteger();
    final Feeds feeds;
    private int next;

    FeedWorld() {
        accounts.add(ME, "me@example.com", LONDON);
        accounts.add("other", "other@example.com", LONDON);
        TouchBases counted = counting(touchBases, seriesReads);
        feeds = new Feeds(new Feeds.Stores(tokens, settings, new InMemoryFeedStores.Revisions(), counted, colleagues,
                accounts), cache, URI.create("https://touchbase.example.com/"), clock);
    }

    Colleague colleague(String accountId, String name, String email) {
        Colleague colleague = Colleague.of("c-" + (++next), email, name, LONDON, Cadence.weekly());
        colleagues.save(accountId, colleague);
        return colleague;
    }

    /** A series Google confirmed: booked with an event id and iCalUID. */
    TouchBase booked(String accountId, Colleague colleague, ZoneId zone, String localStart, String rrule) {
        String id = java.util.UUID.randomUUID().toString();
        ZonedDateTime start = LocalDateTime.parse(localStart).atZone(zone);
        TouchBase series = TouchBase.pending(id, accountId, colleague.id(), SeriesRule.parse(rrule, start), start, Duration.ofMinutes(30), true, clock.instant())
                .booked("ev" + (++next), "ev" + next + "@google.com", 0,
                        Optional.of("https://meet.google.com/abc-defg-hij"), clock.instant());
        touchBases.save(series, List.of(), List.of());
        return series;
    }

    TouchBase pending(String accountId, Colleague colleague, String localStart) {
        TouchBase series = TouchBase.pending(java.util.UUID.randomUUID().toString(), accountId, colleague.id(),
                SeriesRule.parse("FREQ=WEEKLY;BYDAY=MO", LocalDateTime.parse(localStart).atZone(LONDON)),
                LocalDateTime.parse(localStart).atZone(LONDON), Duration.ofMinutes(30), false,
                clock.instant());
        touchBases.save(series, List.of(), List.of());
        return series;
    }

    void skip(TouchBase series, String localOriginal) {
        ZonedDateTime original = LocalDateTime.parse(localOriginal).atZone(series.firstStart().getZone());
        change(series, OccurrenceChange.skipped(series.id(), original, "skipped by you"));
    }

    void move(TouchBase series, String localOriginal, String localNew) {
        ZoneId zone = series.firstStart().getZone();
        change(series, OccurrenceChange.moved(series.id(), LocalDateTime.parse(localOriginal).atZone(zone),
                LocalDateTime.parse(localNew).atZone(zone), "a clash"));
    }

    private void change(TouchBase series, OccurrenceChange change) {
        TouchBase current = touchBases.find(series.accountId(), series.id()).orElseThrow();
        touchBases.save(current.withStatus(current.status(), current.statusReason(), clock.instant()), List.of(change),
                List.of());
    }

    TouchBase update(TouchBase series) {
        touchBases.save(series, List.of(), List.of());
        return series;
    }

    /** What Touchbase itself plans: the held occurrences of every series still on, in [from, to). */
    List<Instant> planned(TouchBase series, Instant from, Instant to) {
        TouchBase current = touchBases.find(series.accountId(), series.id()).orElseThrow();
        return SeriesOccurrences.heldBetween(current, touchBases.changes(series.accountId(), series.id()), from, to).stream()
                .map(o -> o.start().toInstant()).toList();
    }

    String feedText() {
        String token = FeedLinksTokens.token(feeds.links(ME));
        return feeds.feed(token).orElseThrow().text();
    }

    /** Counts reads of series and their changes, to show that a cached poll reads none. */
    private static TouchBases counting(TouchBases store, AtomicInteger reads) {
        java.util.Set<String> readMethods = java.util.Set.of("find", "forAccount", "changes");
        return (TouchBases) java.lang.reflect.Proxy.newProxyInstance(TouchBases.class.getClassLoader(),
                new Class<?>[] {TouchBases.class}, (proxy, method, args) -> {
                    if (readMethods.contains(method.getName())) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
