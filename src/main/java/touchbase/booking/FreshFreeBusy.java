package touchbase.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.planning.BusyTimes;

/**
 * The last free/busy read of each account, kept for {@link #FRESH}: booking right after a plan plans
 * the chosen colleague again, and reads nothing from Google when the plan's answer covers its
 * calendars and its period. The period of a later plan starts and ends as much later as time has
 * passed, so its end may lie past the stored one by at most {@link #FRESH} (minutes at the far end
 * of the horizon; bounding it by the answer's age would miss by the milliseconds between a planner
 * choosing its period and the read); a plan that needs more, or another calendar, reads Google again
 * and is kept.
 */
final class FreshFreeBusy {

    /** How long a free/busy answer is used again. */
    static final Duration FRESH = Duration.ofMinutes(2);

    private record Read(Set<String> calendarIds, Interval period, Instant readAt, Map<String, FreeBusy> answer) {

        boolean covers(Set<String> ids, Interval wanted, Instant now) {
            Duration age = Duration.between(readAt, now);
            return !age.isNegative() && age.compareTo(FRESH) < 0 && calendarIds.containsAll(ids)
                    && !wanted.start().isBefore(period.start())
                    && !wanted.end().isAfter(period.end().plus(FRESH));
        }
    }

    private final Map<String, Read> lastRead = new ConcurrentHashMap<>();
    private final Clock clock;

    FreshFreeBusy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The account's busy times: the fresh answer when it covers the question, else {@code google}'s. */
    BusyTimes of(String accountId, Supplier<BusyTimes> google) {
        return (calendarIds, period) -> {
            Read read = lastRead.get(accountId);
            if (read != null && read.covers(calendarIds, period, clock.instant())) {
                Map<String, FreeBusy> answer = new LinkedHashMap<>();
                calendarIds.forEach(id -> answer.put(id, read.answer().get(id)));
                return answer;
            }
            Instant readAt = clock.instant();
            Map<String, FreeBusy> answer = google.get().busyTimes(calendarIds, period);
            lastRead.put(accountId, new Read(Set.copyOf(calendarIds), period, readAt, Map.copyOf(answer)));
            return answer;
        };
    }
}
