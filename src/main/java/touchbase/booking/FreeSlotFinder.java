package touchbase.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;

/**
 * The nearest free start for one occurrence that must move, within its period: the Monday-to-Sunday
 * week (weekly kinds) or the calendar month (monthly kinds) of its regular start, in the account's
 * zone. A start is free when the touch-base lies in both people's working hours, no busy time comes
 * within the account's buffer of it, it is not sooner than the minimum notice, and the day and week
 * stay within the caps counting the account's other touch-bases. Nearest to the current start wins;
 * earlier on a tie.
 */
public final class FreeSlotFinder {

    private static final Duration STEP = Proposals.GRID;

    private final AccountSettings account;
    private final Instant earliest;

    public FreeSlotFinder(AccountSettings account, Instant now) {
        this.account = account;
        this.earliest = now.plus(account.minimumNotice());
    }

    /**
     * @param busy busy times of both people that are not touch-bases Touchbase knows about
     * @param otherTouchBases where the account's other touch-bases take place (held ones only)
     */
    public Optional<ZonedDateTime> nearest(Occurrence occurrence, Cadence.Kind kind, Colleague colleague, List<Interval> busy,
            List<Interval> otherTouchBases) {
        ZoneId zone = account.zone();
        LocalDate regular = occurrence.originalStart().withZoneSameInstant(zone).toLocalDate();
        LocalDate from = kind.isMonthly() ? regular.withDayOfMonth(1)
                : regular.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = kind.isMonthly() ? from.plusMonths(1) : from.plusDays(7);
        Duration buffer = Duration.ofMinutes(account.bufferMinutes());
        Instant current = occurrence.start().toInstant();
        ZonedDateTime best = null;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            if (full(date, otherTouchBases)) {
                continue;
            }
            for (LocalTime time = LocalTime.MIDNIGHT; ; time = time.plus(STEP)) {
                ZonedDateTime start = ZonedDateTime.of(date, time, zone);
                Interval slot = Interval.of(start.toInstant(), occurrence.duration());
                if (start.toLocalTime().equals(time) && isFree(slot, current, colleague, buffer, busy, otherTouchBases)) {
                    long distance = Math.abs(Duration.between(current, start.toInstant()).getSeconds());
                    if (distance < bestDistance) {
                        best = start;
                        bestDistance = distance;
                    }
                }
                if (time.plus(STEP).equals(LocalTime.MIDNIGHT)) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isFree(Interval slot, Instant current, Colleague colleague, Duration buffer, List<Interval> busy,
            List<Interval> otherTouchBases) {
        if (slot.start().isBefore(earliest) || slot.start().equals(current)) {
            return false;
        }
        if (!account.workingHours().contains(slot.start(), slot.end())
                || !colleague.hours().contains(slot.start(), slot.end())) {
            return false;
        }
        Interval guarded = slot.widen(buffer, buffer);
        return busy.stream().noneMatch(guarded::overlaps) && otherTouchBases.stream().noneMatch(guarded::overlaps);
    }

    private boolean full(LocalDate date, List<Interval> otherTouchBases) {
        ZoneId zone = account.zone();
        long sameDay = otherTouchBases.stream()
                .filter(held -> held.start().atZone(zone).toLocalDate().equals(date)).count();
        long sameWeek = otherTouchBases.stream()
                .map(held -> held.start().atZone(zone).toLocalDate())
                .filter(day -> day.get(IsoFields.WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_BASED_YEAR)
                        && day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .count();
        return sameDay >= account.maxPerDay() || sameWeek >= account.maxPerWeek();
    }
}
