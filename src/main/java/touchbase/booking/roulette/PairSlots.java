package touchbase.booking.roulette;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import touchbase.booking.Proposals;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.TouchBase;
import touchbase.planning.BusyTimes;
import touchbase.planning.FreeSlotFinder;

/**
 * Where each pair of a roulette period meets: the earliest start of the period free for the account
 * and both (or all three) members, by the planner's rules ({@link FreeSlotFinder}: working hours of
 * everyone, the account's buffers, notice and caps counting its other touch-bases and the pair
 * meetings placed before). Free/busy is read once per period for the account and every member.
 */
final class PairSlots {

    private final String calendarId;
    private final BusyTimes busyTimes;
    private final FreeSlotFinder finder;
    private final Cadence.Kind kind;
    private final Duration duration;
    private final List<Interval> held = new ArrayList<>();
    private final List<Colleague> members;
    private Map<String, FreeBusy> freeBusy = Map.of();

    PairSlots(String calendarId, BusyTimes busyTimes, AccountSettings account, Cadence.Kind kind,
            List<Colleague> members, Instant now) {
        this.calendarId = calendarId;
        this.busyTimes = busyTimes;
        this.finder = new FreeSlotFinder(Proposals.rules(account), account.workingHours(), now);
        this.kind = kind;
        this.duration = account.defaultDuration();
        this.members = List.copyOf(members);
    }

    /** Counts the held occurrences of the account's active series, so the caps and buffers see them. */
    void heldAlready(TouchBases touchBases, List<TouchBase> active, Instant from, Instant to) {
        for (TouchBase series : active) {
            SeriesOccurrences.heldBetween(series, touchBases.changes(series.accountId(), series.id()), from, to)
                    .forEach(occurrence -> held.add(occurrence.interval()));
        }
    }

    /** Reads the free/busy of the account and every member over the period from {@code from} to {@code to}. */
    void readPeriod(ZonedDateTime from, ZonedDateTime to) {
        Set<String> calendars = new HashSet<>(Set.of(calendarId));
        members.forEach(member -> calendars.add(member.email()));
        freeBusy = busyTimes.busyTimes(calendars, new Interval(from.toInstant(), to.toInstant()));
    }

    /** The earliest free start for {@code pair} in the period beginning at {@code periodStart}; it is then held. */
    Optional<ZonedDateTime> place(ZonedDateTime periodStart, List<Colleague> pair) {
        List<FreeSlotFinder.Member> who = pair.stream()
                .map(member -> new FreeSlotFinder.Member(member, busy(member.email()))).toList();
        Optional<ZonedDateTime> start = finder.nearestForGroup(periodStart, Interval.of(periodStart.toInstant(),
                duration), kind, who, who.size(), busy(calendarId), held);
        start.ifPresent(at -> held.add(Interval.of(at.toInstant(), duration)));
        return start;
    }

    Duration duration() {
        return duration;
    }

    private List<Interval> busy(String calendar) {
        FreeBusy known = freeBusy.get(calendar);
        return known == null || !known.isKnown() ? List.of() : known.busy();
    }

    /** The first day of the period after the one {@code today} lies in: next Monday, or the 1st of next month. */
    static LocalDate nextPeriod(Cadence.Kind kind, LocalDate today) {
        return kind.isMonthly() ? today.withDayOfMonth(1).plusMonths(1)
                : today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    /** The first day of period {@code index} (from 0) after {@code first}: the cadence's step apart. */
    static LocalDate period(Cadence.Kind kind, LocalDate first, int index) {
        return kind.isMonthly() ? first.plusMonths((long) index * kind.interval())
                : first.plusWeeks((long) index * kind.interval());
    }
}
