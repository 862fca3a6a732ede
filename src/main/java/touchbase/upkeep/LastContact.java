package touchbase.upkeep;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the user last met a colleague: a touch-base held, or another meeting on their calendar.
 *
 * @param title the meeting's title, only when the user chose to see titles (else shown as "a meeting")
 */
public record LastContact(ZonedDateTime at, Kind kind, Optional<String> title) {

    /** Which kind of contact it was. */
    public enum Kind { TOUCH_BASE, MEETING }

    public LastContact {
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(title, "title must not be null");
    }

    /** The later of two contacts; a touch-base wins a tie. */
    static Optional<LastContact> later(Optional<LastContact> a, Optional<LastContact> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return b.get().at().toInstant().isAfter(a.get().at().toInstant()) ? b : a;
    }
}
