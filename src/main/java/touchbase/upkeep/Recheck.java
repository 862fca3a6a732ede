package touchbase.upkeep;

import touchbase.account.CalendarAccess;
import touchbase.account.SettingsLookup;
import touchbase.booking.CalendarEvent;
import touchbase.booking.CalendarEvents;
import touchbase.booking.LiveSeries;
import touchbase.booking.Occurrence;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.GroupBook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.Set;
import java.util.stream.Collectors;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.TouchBase;
import touchbase.planning.FreeSlotFinder;

/**
 * Keeps an account's booked touch-bases healthy. It learns cheaply what changed on Google with an
 * incremental sync (a sync token per calendar; on Google's 410 fullSyncRequired the token is dropped
 * and the calendar listed in full) and reads both people's free/busy over the coming weeks. An
 * upcoming occurrence that the colleague declined, or that a meeting now clashes with (within the
 * account's buffer), moves to the nearest free slot in its week or month ({@link FreeSlotFinder});
 * with none it is flagged, or skipped when the recheck was built to skip. A declined time counts as
 * busy for the colleague, so the occurrence moves clear of it. What is found is a {@link Finding}
 * (see {@link Lookahead} for which busy times count as meetings), what is done an {@link Outcome}
 * ({@link Repairs}). Google usually resets the colleague's answer when an occurrence moves; a decline
 * of an occurrence already moved is flagged rather than moved again, so two people cannot push it
 * around forever. A coffee roulette's pair meetings (single events) are kept by {@link PairMeetings}.
 * Built with {@link LastContacts}, it also reads the calendar's meetings for last contact.
 */
public final class Recheck {

    /** A moved occurrence stays within its month, so occurrences this far beyond the window still count. */
    private static final Duration PERIOD_REACH = Duration.ofDays(35);

    /** How far ahead a recheck looks by default. */
    public static final Duration WINDOW = Duration.ofDays(28);

    private final TouchBases touchBases;
    private final Colleagues colleagues;
    private final SettingsLookup settings;
    private final CalendarAccess calendars;
    private final SyncTokens syncTokens;
    private final Clock clock;
    private final Duration window;
    private final boolean skipWhenNoSlot;
    private final Optional<LastContacts> lastContacts;
    private final Optional<GroupBook> groups;
    /**
     * One recheck of an account at a time in this JVM (never across accounts: no account waits for
     * another's calls to Google); across instances the database's per-account lease keeps them apart
     * (the route's limit and {@link RecheckJob.Alone}).
     */
    private final java.util.Map<String, ReentrantLock> accountLocks = new java.util.concurrent.ConcurrentHashMap<>();

    /** Looks four weeks ahead and flags occurrences with no free slot. */
    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock) {
        this(touchBases, colleagues, settings, calendars, syncTokens, clock, WINDOW, false);
    }

    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock, Duration window, boolean skipWhenNoSlot) {
        this(touchBases, colleagues, settings, calendars, syncTokens, clock, window, skipWhenNoSlot, Optional.empty());
    }

    /** Also reads the calendar's meetings into last contact on every recheck ({@link LastContacts}). */
    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock, Duration window, boolean skipWhenNoSlot,
            Optional<LastContacts> lastContacts) {
        this(touchBases, colleagues, settings, calendars, syncTokens, clock, window, skipWhenNoSlot, lastContacts,
                Optional.empty());
    }

    /** Also judges declines of a group's series by its quorum ({@link GroupBook}). */
    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock, Duration window, boolean skipWhenNoSlot,
            Optional<LastContacts> lastContacts, Optional<GroupBook> groups) {
        this.groups = Objects.requireNonNull(groups, "groups must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.syncTokens = Objects.requireNonNull(syncTokens, "syncTokens must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.window = Objects.requireNonNull(window, "window must not be null");
        this.skipWhenNoSlot = skipWhenNoSlot;
        this.lastContacts = Objects.requireNonNull(lastContacts, "lastContacts must not be null");
    }

    /**
     * Rechecks one account: sync with Google and follow what was deleted there, report series the
     * colleague declined, then look at every upcoming occurrence of the active series and repair it.
     */
    public RecheckReport recheck(String accountId) {
        return recheck(accountId, Optional.empty());
    }

    /**
     * Rechecks one account after a colleague's zone or working hours changed: as {@link #recheck}, and
     * besides, each upcoming occurrence of that colleague's series that now lies outside their working
     * hours moves to the nearest slot inside both people's hours (or is flagged when none is free).
     * The report's items say what moved.
     */
    public RecheckReport afterHoursChanged(String accountId, String colleagueId) {
        return recheck(accountId, Optional.of(colleagueId));
    }

    private RecheckReport recheck(String accountId, Optional<String> hoursChangedFor) {
        return alone(accountId, () -> recheckAlone(accountId, hoursChangedFor));
    }

    /** Runs {@code work} while no other recheck or last-contact read of the account runs in this JVM. */
    private <T> T alone(String accountId, java.util.function.Supplier<T> work) {
        ReentrantLock lock = accountLocks.computeIfAbsent(accountId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private RecheckReport recheckAlone(String accountId, Optional<String> hoursChangedFor) {
        Instant now = clock.instant();
        String calendarId = calendars.calendarId(accountId);
        Synced synced = sync(accountId, calendarId);
        SyncFindings findings = new SyncFindings(touchBases, LiveSeries.active(touchBases, accountId), colleagues,
                accountId, quorums(accountId));
        findings.read(synced.events());
        findings.applyMeetLinks(now);
        List<RecheckReport.Item> items = new ArrayList<>(findings.applyCancellations(clock));
        items.addAll(findings.seriesDeclines());
        List<TouchBase> active = LiveSeries.active(touchBases, accountId);
        Lookahead ahead = lookAhead(accountId, calendarId, active, now);
        Repairs repairs = new Repairs(accountId, settings.of(accountId), ahead, now);
        for (TouchBase series : active) {
            if (series.isSingle()) {
                ahead.pairOf(series).ifPresent(pair -> items.addAll(stored(series, PairMeetings.recheck(series, pair,
                        ahead, findings, repairs, now.plus(window)), now)));
            } else {
                items.addAll(recheckSeries(series, ahead, findings, repairs,
                        hoursChangedFor.filter(series.colleagueId()::equals).isPresent()));
            }
        }
        synced.nextToken().ifPresent(token -> syncTokens.save(accountId, calendarId, token));
        lastContacts.ifPresent(contacts -> contacts.read(accountId, calendarId));
        return new RecheckReport(accountId, synced.full(), synced.events().size(), items);
    }

    /** Only reads the calendar's meetings into last contact (for an account with nothing booked to recheck). */
    public void readLastContact(String accountId) {
        alone(accountId, () -> {
            lastContacts.ifPresent(contacts -> contacts.read(accountId, calendars.calendarId(accountId)));
            return null;
        });
    }

    /** Each group's members and quorum, by group id. */
    private Map<String, SyncFindings.Quorum> quorums(String accountId) {
        Map<String, SyncFindings.Quorum> quorums = new HashMap<>();
        groups.ifPresent(book -> book.all(accountId).forEach(group -> quorums.put(group.id(), new SyncFindings.Quorum(
                book.members(accountId, group).stream().map(c -> c.email().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()), group.quorum()))));
        return quorums;
    }

    /** Finds what is wrong with each upcoming occurrence of one series, decides, and stores the changes at once. */
    private List<RecheckReport.Item> recheckSeries(TouchBase series, Lookahead ahead, SyncFindings findings,
            Repairs repairs, boolean hoursChanged) {
        Optional<Colleague> colleague = ahead.colleagueOf(series);
        if (colleague.isEmpty()) {
            return List.of();
        }
        Repairs.OfSeries repaired = repairs.of(series);
        Optional<Lookahead.Members> group = ahead.membersOf(series);
        for (Occurrence occurrence : ahead.upcoming(series, repairs.now(), repairs.now().plus(window))) {
            Optional<Finding> found = findings.declineOf(series, occurrence, colleague.get())
                    .or(() -> group.isPresent() ? ahead.groupClash(occurrence, group.get(), repairs.buffer())
                            : ahead.clash(occurrence, colleague.get(), repairs.buffer()))
                    .or(() -> hoursChanged ? outsideHours(occurrence, colleague.get()) : Optional.empty());
            found.ifPresent(finding -> repaired.apply(occurrence, group.isPresent()
                    ? repairs.decideGroup(series, occurrence, group.get(), finding, skipWhenNoSlot)
                    : repairs.decide(series, occurrence, colleague.get(), finding, skipWhenNoSlot)));
        }
        return stored(series, repaired, repairs.now());
    }

    /** Stores what was decided for one series at once (nothing when nothing changes); answers its items. */
    private List<RecheckReport.Item> stored(TouchBase series, Repairs.OfSeries repaired, Instant now) {
        if (!repaired.writes().isEmpty()) {
            touchBases.save(series.withStatus(series.status(), series.statusReason(), now), repaired.changes(),
                    repaired.writes());
        }
        return repaired.items();
    }

    static Optional<Finding> outsideHours(Occurrence occurrence, Colleague colleague) {
        Interval at = occurrence.interval();
        return colleague.hours().contains(at.start(), at.end()) ? Optional.empty()
                : Optional.of(new Finding.OutsideHours(colleague.displayName()));
    }

    /** The active series' occurrences from five weeks back to five weeks past the window, and everyone's free/busy. */
    private Lookahead lookAhead(String accountId, String calendarId, List<TouchBase> active, Instant now) {
        Instant periodEnd = now.plus(window).plus(PERIOD_REACH);
        Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
        Map<String, Colleague> byId = new HashMap<>();
        Set<String> calendarIds = new HashSet<>(Set.of(calendarId));
        for (TouchBase series : active) {
            occurrences.put(series.id(), SeriesOccurrences.between(series, touchBases.changes(series.accountId(), series.id()),
                    now.minus(PERIOD_REACH), periodEnd));
            colleagues.find(accountId, series.colleagueId()).ifPresent(c -> {
                byId.put(c.id(), c);
                calendarIds.add(c.email());
            });
        }
        Map<String, Lookahead.Members> members = groupsOf(accountId, active);
        members.values().forEach(group -> group.all().forEach(member -> calendarIds.add(member.email())));
        Map<String, Lookahead.Members> pairs = PairMeetings.of(groups, accountId, active, occurrences, now,
                now.plus(window));
        PairMeetings.everyone(pairs).forEach(member -> calendarIds.add(member.email()));
        Map<String, FreeBusy> freeBusy = calendars.busyTimes(accountId)
                .busyTimes(calendarIds, new Interval(now, periodEnd));
        return new Lookahead(calendarId, occurrences, byId, freeBusy, members, pairs);
    }

    /** The members and quorum of each group that has one of the active series, by group id. */
    private Map<String, Lookahead.Members> groupsOf(String accountId, List<TouchBase> active) {
        Set<String> ids = active.stream().flatMap(series -> series.groupId().stream()).collect(Collectors.toSet());
        Map<String, Lookahead.Members> members = new HashMap<>();
        if (ids.isEmpty() || groups.isEmpty()) {
            return members;
        }
        for (touchbase.domain.Group group : groups.get().all(accountId)) {
            if (ids.contains(group.id())) {
                List<Colleague> kept = groups.get().members(accountId, group);
                members.put(group.id(), new Lookahead.Members(kept, Math.min(group.quorum(), kept.size())));
            }
        }
        return members;
    }

    private record Synced(List<CalendarEvent> events, Optional<String> nextToken, boolean full) {
    }

    private Synced sync(String accountId, String calendarId) {
        CalendarEvents events = calendars.events(accountId);
        Optional<String> token = syncTokens.find(accountId, calendarId);
        SyncResult result = events.sync(calendarId, token);
        boolean full = token.isEmpty();
        if (result instanceof SyncResult.FullResyncRequired) {
            syncTokens.clear(accountId, calendarId);
            result = events.sync(calendarId, Optional.empty());
            full = true;
        }
        if (result instanceof SyncResult.Changes changes) {
            return new Synced(changes.events(), Optional.of(changes.nextSyncToken()), full);
        }
        return new Synced(List.of(), Optional.empty(), full);
    }
}
