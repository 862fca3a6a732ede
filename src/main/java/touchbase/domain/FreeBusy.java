package touchbase.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one calendar's owner has on over a period: either the busy intervals (known), or nothing
 * known at all with the reason (for example Google answered {@code notFound} for someone outside
 * the domain). Unknown is never the same as free.
 */
public record FreeBusy(String calendarId, List<Interval> busy, Optional<String> unknownReason) {

    public FreeBusy {
        Objects.requireNonNull(calendarId, "calendarId must not be null");
        busy = List.copyOf(Objects.requireNonNull(busy, "busy must not be null"));
        Objects.requireNonNull(unknownReason, "unknownReason must not be null");
        if (unknownReason.isPresent() && !busy.isEmpty()) {
            throw new IllegalArgumentException("an unknown calendar has no busy intervals: " + calendarId);
        }
    }

    public static FreeBusy known(String calendarId, List<Interval> busy) {
        return new FreeBusy(calendarId, busy, Optional.empty());
    }

    public static FreeBusy unknown(String calendarId, String reason) {
        return new FreeBusy(calendarId, List.of(), Optional.of(reason));
    }

    public boolean isKnown() {
        return unknownReason.isEmpty();
    }
}
