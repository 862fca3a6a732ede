package touchbase.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;
import touchbase.domain.WorkingHours;

/**
 * The nearest free start for one booked occurrence that must move, by the planner's rule
 * ({@link NearestFreeStart}): within its week or month in the account's zone, on the grid of the
 * rules. A start is free when the touch-base lies in both people's working hours, no busy time comes
 * within the buffers of it, it is not sooner than the minimum notice after {@code now}, and the day
 * and week stay within the caps counting the account's other touch-bases.
 */
public final class FreeSlotFinder {

    private final PlanningRules rules;
    private final WorkingHours accountHours;
    private final Instant earliest;

    /** {@code now} is the moment of the search: no start is proposed sooner than the minimum notice after it. */
    public FreeSlotFinder(PlanningRules rules, WorkingHours accountHours, Instant now) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.accountHours = Objects.requireNonNull(accountHours, "accountHours must not be null");
        this.earliest = Objects.requireNonNull(now, "now must not be null").plus(rules.minimumNotice());
    }

    /**
     * @param regularStart where the series' rule puts the occurrence (it fixes the week or month)
     * @param current when the occurrence takes place now (moved or not), and for how long
     * @param busy busy times of both people that are not touch-bases Touchbase knows about
     * @param otherTouchBases where the account's other touch-bases take place (held ones only)
     */
    public Optional<ZonedDateTime> nearest(ZonedDateTime regularStart, Interval current, Cadence.Kind kind,
            Colleague colleague, List<Interval> busy, List<Interval> otherTouchBases) {
        return nearest(regularStart, current, kind, otherTouchBases,
                slot -> colleague.hours().contains(slot.start(), slot.end()) && clear(slot, busy));
    }

    /** One member of a group and the busy times of their calendar that are not known touch-bases. */
    public record Member(Colleague colleague, List<Interval> busy) {
        public Member {
            Objects.requireNonNull(colleague, "colleague must not be null");
            busy = List.copyOf(Objects.requireNonNull(busy, "busy must not be null"));
        }
    }

    /**
     * The nearest free start for a group's occurrence: free for the account ({@code yourBusy}, its
     * hours, caps and other touch-bases) and for at least {@code quorum} of the members (each in their
     * working hours, no busy time of theirs within the buffers).
     */
    public Optional<ZonedDateTime> nearestForGroup(ZonedDateTime regularStart, Interval current, Cadence.Kind kind,
            List<Member> members, int quorum, List<Interval> yourBusy, List<Interval> otherTouchBases) {
        return nearest(regularStart, current, kind, otherTouchBases, slot -> clear(slot, yourBusy)
                && members.stream().filter(member -> member.colleague().hours().contains(slot.start(), slot.end())
                        && clear(slot, member.busy())).count() >= quorum);
    }

    private Optional<ZonedDateTime> nearest(ZonedDateTime regularStart, Interval current, Cadence.Kind kind,
            List<Interval> otherTouchBases, java.util.function.Predicate<Interval> peopleFree) {
        ZoneId zone = accountHours.zone();
        LocalDate from = NearestFreeStart.periodStart(kind, regularStart.withZoneSameInstant(zone).toLocalDate());
        List<ZonedDateTime> starts = gridStarts(from, NearestFreeStart.periodEnd(kind, from), otherTouchBases);
        int found = NearestFreeStart.nearest(0, starts.size(), i -> starts.get(i).toEpochSecond(), i -> {
            Interval slot = Interval.of(starts.get(i).toInstant(), current.length());
            return isFree(slot, otherTouchBases) && peopleFree.test(slot);
        }, current.start().getEpochSecond());
        return found < 0 ? Optional.empty() : Optional.of(starts.get(found));
    }

    /** Every start on the grid from {@code from} to {@code to} (exclusive) that exists, on days within the caps. */
    private List<ZonedDateTime> gridStarts(LocalDate from, LocalDate to, List<Interval> otherTouchBases) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            if (full(date, otherTouchBases)) {
                continue;
            }
            for (LocalTime time = LocalTime.MIDNIGHT; ; time = time.plus(rules.grid())) {
                ZonedDateTime start = ZonedDateTime.of(date, time, accountHours.zone());
                if (start.toLocalTime().equals(time)) {
                    starts.add(start);
                }
                if (time.plus(rules.grid()).equals(LocalTime.MIDNIGHT)) {
                    break;
                }
            }
        }
        return starts;
    }

    /** Not sooner than the notice, in the account's hours, and clear of its other touch-bases. */
    private boolean isFree(Interval slot, List<Interval> otherTouchBases) {
        if (slot.start().isBefore(earliest)) {
            return false;
        }
        return accountHours.contains(slot.start(), slot.end()) && clear(slot, otherTouchBases);
    }

    /** No busy time comes within the buffers of the slot. */
    private boolean clear(Interval slot, List<Interval> busy) {
        Interval guarded = slot.widen(rules.bufferBefore(), rules.bufferAfter());
        return busy.stream().noneMatch(guarded::overlaps);
    }

    /** Which of the account's rules a touch-base held where it is now breaks. */
    public enum Broken {
        /** It lies outside the account's working hours. */
        OUTSIDE_YOUR_HOURS,
        /** Its day holds the daily cap of other touch-bases before it. */
        DAY_FULL,
        /** Its week holds the weekly cap of other touch-bases before it. */
        WEEK_FULL
    }

    /**
     * Whether a booked touch-base at {@code slot} still keeps the account's working hours and caps; the
     * notice aside (it was booked in time). Of a day or week over its cap, the earliest touch-bases keep
     * their place: {@code slot} breaks a cap when that many of {@code otherTouchBases} start before it
     * on its day or in its week. Empty when it keeps them all.
     */
    public Optional<Broken> broken(Interval slot, List<Interval> otherTouchBases) {
        if (!accountHours.contains(slot.start(), slot.end())) {
            return Optional.of(Broken.OUTSIDE_YOUR_HOURS);
        }
        LocalDate date = slot.start().atZone(accountHours.zone()).toLocalDate();
        List<Interval> before = otherTouchBases.stream().filter(held -> held.start().isBefore(slot.start())).toList();
        if (sameDay(date, before) >= rules.maxPerDay()) {
            return Optional.of(Broken.DAY_FULL);
        }
        return sameWeek(date, before) >= rules.maxPerWeek() ? Optional.of(Broken.WEEK_FULL) : Optional.empty();
    }

    private boolean full(LocalDate date, List<Interval> otherTouchBases) {
        return sameDay(date, otherTouchBases) >= rules.maxPerDay()
                || sameWeek(date, otherTouchBases) >= rules.maxPerWeek();
    }

    private long sameDay(LocalDate date, List<Interval> otherTouchBases) {
        ZoneId zone = accountHours.zone();
        return otherTouchBases.stream().filter(held -> held.start().atZone(zone).toLocalDate().equals(date)).count();
    }

    private long sameWeek(LocalDate date, List<Interval> otherTouchBases) {
        ZoneId zone = accountHours.zone();
        return otherTouchBases.stream()
                .map(held -> held.start().atZone(zone).toLocalDate())
                .filter(day -> day.get(IsoFields.WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_BASED_YEAR)
                        && day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .count();
    }
}
