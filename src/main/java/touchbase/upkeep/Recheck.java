package touchbase.upkeep;

import touchbase.account.CalendarAccess;
import touchbase.account.SettingsLookup;
import touchbase.booking.CalendarEvent;
import touchbase.booking.CalendarEvents;
import touchbase.booking.CalendarWrite;
import touchbase.booking.LiveSeries;
import touchbase.booking.Occurrence;
import touchbase.booking.OutboxEntries;
import touchbase.booking.Proposals;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;
import touchbase.planning.FreeSlotFinder;

/**
 * Keeps an account's booked touch-bases healthy. It learns cheaply what changed on Google with an
 * incremental sync (a sync token per calendar; on Google's 410 fullSyncRequired the token is dropped
 * and the calendar listed in full) and reads both people's free/busy over the coming weeks. An
 * upcoming occurrence that the colleague declined, or that a meeting now clashes with (within the
 * account's buffer), moves to the nearest free slot in its week or month ({@link FreeSlotFinder});
 * with none it is flagged, or skipped when the recheck was built to skip. A declined time counts as
 * busy for the colleague, so the occurrence moves clear of it.
 *
 * <p>Free/busy includes the touch-bases themselves, so busy intervals that are exactly a known
 * touch-base occurrence (where the rule put it, or where it was moved) are not clashes; a meeting
 * merged with one in free/busy is. Google usually resets the colleague's answer when an occurrence
 * moves; a decline of an occurrence already moved is flagged rather than moved again, so two
 * people cannot push it around forever.
 */
public final class Recheck {

    private static final String CLASH = "a new meeting ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final TouchBases touchBases;
    private final Colleagues colleagues;
    private final SettingsLookup settings;
    private final CalendarAccess calendars;
    private final SyncTokens syncTokens;
    private final Clock clock;
    private final Duration window;
    private final boolean skipWhenNoSlot;

    /** Looks four weeks ahead and flags occurrences with no free slot. */
    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock) {
        this(touchBases, colleagues, settings, calendars, syncTokens, clock, Duration.ofDays(28), false);
    }

    public Recheck(TouchBases touchBases, Colleagues colleagues, SettingsLookup settings, CalendarAccess calendars,
            SyncTokens syncTokens, Clock clock, Duration window, boolean skipWhenNoSlot) {
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.syncTokens = Objects.requireNonNull(syncTokens, "syncTokens must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.window = Objects.requireNonNull(window, "window must not be null");
        this.skipWhenNoSlot = skipWhenNoSlot;
    }

    public synchronized RecheckReport recheck(String accountId) {
        Instant now = clock.instant();
        String calendarId = calendars.calendarId(accountId);
        AccountSettings account = settings.of(accountId);
        List<RecheckReport.Item> items = new ArrayList<>();

        Synced synced = sync(accountId, calendarId);
        SyncFindings findings = new SyncFindings(touchBases, LiveSeries.active(touchBases, accountId), colleagues,
                accountId);
        findings.read(synced.events());
        items.addAll(findings.applyCancellations(clock));
        items.addAll(findings.seriesDeclines());

        List<TouchBase> active = LiveSeries.active(touchBases, accountId);
        Instant horizon = now.plus(window);
        Instant periodEnd = horizon.plus(Duration.ofDays(35));
        Map<String, List<Occurrence>> known = new LinkedHashMap<>();
        for (TouchBase series : active) {
            known.put(series.id(), SeriesOccurrences.between(series, touchBases.changes(series.id()),
                    now.minus(Duration.ofDays(35)), periodEnd));
        }
        Set<Interval> touchBaseIntervals = new HashSet<>();
        List<Interval> held = new ArrayList<>();
        known.values().forEach(list -> list.forEach(o -> {
            touchBaseIntervals.add(o.originalInterval());
            touchBaseIntervals.add(o.interval());
            if (o.isHeld()) {
                held.add(o.interval());
            }
        }));
        Map<String, Colleague> byId = new HashMap<>();
        Set<String> calendarIds = new HashSet<>(Set.of(calendarId));
        for (TouchBase series : active) {
            colleagues.find(accountId, series.colleagueId()).ifPresent(c -> {
                byId.put(c.id(), c);
                calendarIds.add(c.email());
            });
        }
        Map<String, FreeBusy> freeBusy = calendars.busyTimes(accountId)
                .busyTimes(calendarIds, new Interval(now, periodEnd));
        FreeSlotFinder finder = new FreeSlotFinder(Proposals.rules(account), account.workingHours(), now);
        Duration buffer = Duration.ofMinutes(account.bufferMinutes());

        for (TouchBase series : active) {
            Colleague colleague = byId.get(series.colleagueId());
            if (colleague == null) {
                continue;
            }
            List<Interval> accountBusy = meetings(freeBusy.get(calendarId), touchBaseIntervals);
            List<Interval> colleagueBusy = meetings(freeBusy.get(colleague.email()), touchBaseIntervals);
            List<OccurrenceChange> changes = new ArrayList<>();
            List<CalendarWrite> writes = new ArrayList<>();
            for (Occurrence occurrence : known.get(series.id())) {
                Instant start = occurrence.start().toInstant();
                if (!occurrence.isHeld() || !start.isAfter(now) || !start.isBefore(horizon)) {
                    continue;
                }
                Optional<String> problem = findings.declineOf(series, occurrence, colleague)
                        .or(() -> clash(occurrence, buffer, accountBusy, colleagueBusy, colleague));
                if (problem.isEmpty()) {
                    continue;
                }
                if (problem.get().startsWith(SyncFindings.DECLINED_AGAIN)) {
                    items.add(item(series, occurrence, RecheckReport.Action.FLAGGED, Optional.empty(), problem.get()));
                    continue;
                }
                List<Interval> others = new ArrayList<>(held);
                others.remove(occurrence.interval());
                List<Interval> busy = new ArrayList<>(accountBusy);
                busy.addAll(colleagueBusy);
                if (!problem.get().startsWith(CLASH)) {
                    busy.add(occurrence.interval());
                }
                Optional<ZonedDateTime> target = finder.nearest(occurrence.originalStart(), occurrence.interval(),
                        series.rule().cadence().kind(), colleague, busy, others);
                if (target.isPresent()) {
                    String reason = problem.get() + "; moved to " + WHEN.format(target.get());
                    changes.add(OccurrenceChange.moved(series.id(), occurrence.originalStart(), target.get(), reason));
                    writes.add(OutboxEntries.move(accountId, series.id(), occurrence.originalStart(), target.get(), now));
                    held.remove(occurrence.interval());
                    held.add(Interval.of(target.get().toInstant(), occurrence.duration()));
                    items.add(item(series, occurrence, RecheckReport.Action.MOVED, target, reason));
                } else if (skipWhenNoSlot) {
                    String reason = problem.get() + "; no free slot that " + period(series);
                    changes.add(OccurrenceChange.skipped(series.id(), occurrence.originalStart(), reason));
                    writes.add(OutboxEntries.cancel(accountId, series.id(), occurrence.originalStart(), now));
                    held.remove(occurrence.interval());
                    items.add(item(series, occurrence, RecheckReport.Action.SKIPPED, Optional.empty(), reason));
                } else {
                    items.add(item(series, occurrence, RecheckReport.Action.FLAGGED, Optional.empty(),
                            problem.get() + "; no free slot that " + period(series)));
                }
            }
            if (!writes.isEmpty()) {
                touchBases.save(series.withStatus(series.status(), series.statusReason(), now), changes, writes);
            }
        }
        synced.nextToken().ifPresent(token -> syncTokens.save(accountId, calendarId, token));
        return new RecheckReport(accountId, synced.full(), synced.events().size(), items);
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

    /** Busy intervals that are not exactly one of the known touch-bases. */
    private static List<Interval> meetings(FreeBusy freeBusy, Set<Interval> touchBases) {
        if (freeBusy == null || !freeBusy.isKnown()) {
            return List.of();
        }
        return freeBusy.busy().stream().filter(busy -> !touchBases.contains(busy)).toList();
    }

    private static Optional<String> clash(Occurrence occurrence, Duration buffer, List<Interval> accountBusy,
            List<Interval> colleagueBusy, Colleague colleague) {
        Interval guarded = occurrence.interval().widen(buffer, buffer);
        if (accountBusy.stream().anyMatch(guarded::overlaps)) {
            return Optional.of(CLASH + "on your calendar clashes");
        }
        if (colleagueBusy.stream().anyMatch(guarded::overlaps)) {
            return Optional.of(CLASH + "on " + colleague.displayName() + "'s calendar clashes");
        }
        return Optional.empty();
    }

    private static String period(TouchBase series) {
        return series.rule().cadence().kind().isMonthly() ? "month" : "week";
    }

    private static RecheckReport.Item item(TouchBase series, Occurrence occurrence, RecheckReport.Action action,
            Optional<ZonedDateTime> newStart, String reason) {
        return new RecheckReport.Item(series.id(), series.colleagueId(), Optional.of(occurrence.originalStart()), action,
                newStart, reason);
    }
}
