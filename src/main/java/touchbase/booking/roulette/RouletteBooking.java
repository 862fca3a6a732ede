package touchbase.booking.roulette;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import touchbase.account.CalendarAccess;
import touchbase.account.SettingsLookup;
import touchbase.booking.CalendarWrite;
import touchbase.booking.LiveSeries;
import touchbase.booking.OutboxEntries;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.colleagues.GroupBook;
import touchbase.colleagues.RoulettePairs;
import touchbase.colleagues.RoulettePairs.PairMeeting;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.planning.roulette.CoffeeRoulette;

/**
 * Books a group's coffee roulette one round at a time: from the next period of the group's cadence
 * (next Monday, or the 1st of next month), one period per pairing of {@link CoffeeRoulette} until every
 * member has met every other once (n - 1 periods for n members, n for an odd count, where each member
 * sits out once). Each pair meeting is a touch-base held once ({@link SeriesRule#once}) that the outbox
 * puts on Google as a single event inviting the pair, with an event id from its series id, so a retried
 * write never makes a second. A round is booked once: booking again while pair meetings lie ahead
 * answers them; after the round, booking again books the next one.
 */
public final class RouletteBooking {

    /** One pair meeting as the person sees it; {@code start} is when it is held (where a recheck moved it, if so). */
    public record Pairing(String seriesId, LocalDate periodStart, List<String> colleagueIds, TouchBase series,
            ZonedDateTime start) {
    }

    /** What booking did: the round's pairings ({@code fresh} when booked now) and the pairs with no free time. */
    public record Round(boolean fresh, List<Pairing> pairings, List<String> notPlaced) {
    }

    private final GroupBook groups;
    private final RoulettePairs pairs;
    private final TouchBases touchBases;
    private final SettingsLookup settings;
    private final CalendarAccess calendars;
    private final Clock clock;
    private final Runnable wakeWorker;
    /** One booking of a group at a time in this JVM, so a double click books one round (across instances: not). */
    private final Map<String, java.util.concurrent.locks.ReentrantLock> groupLocks =
            new java.util.concurrent.ConcurrentHashMap<>();

    public RouletteBooking(GroupBook groups, RoulettePairs pairs, TouchBases touchBases, SettingsLookup settings,
            CalendarAccess calendars, Clock clock, Runnable wakeWorker) {
        this.groups = Objects.requireNonNull(groups, "groups must not be null");
        this.pairs = Objects.requireNonNull(pairs, "pairs must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.wakeWorker = Objects.requireNonNull(wakeWorker, "wakeWorker must not be null");
    }

    /**
     * Books the group's next round, or answers the pair meetings still ahead.
     *
     * @throws touchbase.domain.NotFound for a group that is not the account's
     */
    public Round book(String accountId, String groupId) {
        java.util.concurrent.locks.ReentrantLock lock = groupLocks.computeIfAbsent(groupId,
                id -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            return bookAlone(accountId, groupId);
        } finally {
            lock.unlock();
        }
    }

    private Round bookAlone(String accountId, String groupId) {
        Group group = groups.find(accountId, groupId);
        List<Pairing> ahead = ahead(accountId, groupId);
        if (!ahead.isEmpty()) {
            return new Round(false, ahead, List.of());
        }
        List<Colleague> members = groups.members(accountId, group);
        if (members.size() < Group.MIN_MEMBERS) {
            return new Round(false, List.of(), List.of("fewer than " + Group.MIN_MEMBERS
                    + " of the group's members are still colleagues"));
        }
        return bookRound(accountId, group, members);
    }

    private Round bookRound(String accountId, Group group, List<Colleague> members) {
        AccountSettings account = settings.of(accountId);
        Instant now = clock.instant();
        Map<String, Colleague> byId = members.stream().collect(Collectors.toMap(Colleague::id, Function.identity()));
        CoffeeRoulette roulette = new CoffeeRoulette(members.stream().map(Colleague::id).toList(), false);
        PairSlots slots = new PairSlots(calendars.calendarId(accountId), calendars.busyTimes(accountId), account,
                group.cadence().kind(), members, now);
        LocalDate first = PairSlots.nextPeriod(group.cadence().kind(), now.atZone(account.zone()).toLocalDate());
        ZonedDateTime end = PairSlots.period(group.cadence().kind(), first, roulette.periodsPerRound())
                .atStartOfDay(account.zone());
        slots.heldAlready(touchBases, LiveSeries.active(touchBases, accountId), now, end.toInstant());
        List<PairMeeting> meetings = new ArrayList<>();
        List<TouchBase> series = new ArrayList<>();
        List<String> notPlaced = new ArrayList<>();
        for (int index = 0; index < roulette.periodsPerRound(); index++) {
            LocalDate period = PairSlots.period(group.cadence().kind(), first, index);
            ZonedDateTime from = period.atStartOfDay(account.zone());
            slots.readPeriod(from, PairSlots.period(group.cadence().kind(), first, index + 1).atStartOfDay(account.zone()));
            for (List<String> pair : roulette.meetings(index)) {
                List<Colleague> who = pair.stream().map(byId::get).toList();
                Optional<ZonedDateTime> start = slots.place(from, who);
                if (start.isEmpty()) {
                    notPlaced.add(names(who) + ": no time free for all of you in the period from " + period);
                    continue;
                }
                TouchBase meeting = TouchBase.pending(UUID.randomUUID().toString(), accountId, pair.get(0),
                        SeriesRule.once(group.cadence(), start.get()), start.get(), slots.duration(),
                        account.addMeetLink(), now).forGroup(group.id());
                series.add(meeting);
                meetings.add(new PairMeeting(meeting.id(), group.id(), period, pair));
            }
        }
        List<CalendarWrite> writes = series.stream().map(one -> OutboxEntries.insert(accountId, one.id(), now)).toList();
        pairs.save(accountId, meetings);
        touchBases.saveAll(series, List.of(), writes);
        wakeWorker.run();
        return new Round(true, pairings(accountId, group.id()), notPlaced);
    }

    /**
     * The group's pair meetings, earliest period first, whatever their status.
     *
     * @throws touchbase.domain.NotFound for a group that is not the account's
     */
    public List<Pairing> pairings(String accountId, String groupId) {
        groups.find(accountId, groupId);
        List<Pairing> found = new ArrayList<>();
        Map<String, List<touchbase.domain.OccurrenceChange>> changes = touchBases.changesOfAccount(accountId);
        for (PairMeeting meeting : pairs.ofGroup(accountId, groupId)) {
            touchBases.find(accountId, meeting.seriesId()).ifPresent(series -> found.add(new Pairing(
                    meeting.seriesId(), meeting.periodStart(), meeting.memberIds(), series,
                    SeriesOccurrences.heldOnce(series, changes.getOrDefault(series.id(), List.of())))));
        }
        found.sort(java.util.Comparator.comparing((Pairing p) -> p.start().toInstant()));
        return found;
    }

    /**
     * Cancels the group's pair meetings that lie ahead (pending or booked): Google deletes each event
     * and tells the pair. Meetings already held stay. Answers the cancelled ones.
     *
     * @throws touchbase.domain.NotFound for a group that is not the account's
     */
    public List<Pairing> cancel(String accountId, String groupId) {
        Instant now = clock.instant();
        List<Pairing> ahead = ahead(accountId, groupId);
        List<TouchBase> cancelled = new ArrayList<>();
        List<CalendarWrite> writes = new ArrayList<>();
        for (Pairing pairing : ahead) {
            TouchBase series = pairing.series().withStatus(TouchBase.Status.CANCELLED,
                    Optional.of("coffee roulette cancelled"), now);
            cancelled.add(series);
            writes.add(OutboxEntries.write(accountId, series.id(), CalendarWrite.Kind.DELETE_SERIES, Optional.empty(),
                    Optional.empty(), now));
        }
        if (!cancelled.isEmpty()) {
            touchBases.saveAll(cancelled, List.of(), writes);
            wakeWorker.run();
        }
        return ahead;
    }

    /** The pair meetings still to come: pending or booked, held after now. */
    private List<Pairing> ahead(String accountId, String groupId) {
        Instant now = clock.instant();
        return pairings(accountId, groupId).stream()
                .filter(pairing -> pairing.series().isActive() && pairing.start().toInstant().isAfter(now))
                .toList();
    }

    private static String names(List<Colleague> who) {
        return String.join(" and ", who.stream().map(Colleague::displayName).toList());
    }
}
