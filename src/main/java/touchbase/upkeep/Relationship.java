package touchbase.upkeep;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

/**
 * Where the account stands with one colleague: the last touch-base held, the last contact of any
 * kind (a touch-base or another meeting on the calendar), the next touch-base, the cadence in words,
 * whether they are overdue (no contact within one cadence period plus the grace, and nothing active),
 * and why it needs attention when paused or failing.
 *
 * @param overdueDays how many days past due (with the grace) the last contact is; 0 when not overdue
 * @param series the colleague's current series (active or failing), else their latest, if any
 */
public record Relationship(
        Colleague colleague,
        Optional<ZonedDateTime> lastHeld,
        Optional<LastContact> lastContact,
        Optional<ZonedDateTime> next,
        String cadence,
        boolean overdue,
        long overdueDays,
        Optional<String> attention,
        Optional<TouchBase> series) {

    public Relationship {
        Objects.requireNonNull(colleague, "colleague must not be null");
        Objects.requireNonNull(lastHeld, "lastHeld must not be null");
        Objects.requireNonNull(lastContact, "lastContact must not be null");
        Objects.requireNonNull(next, "next must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        Objects.requireNonNull(attention, "attention must not be null");
        Objects.requireNonNull(series, "series must not be null");
    }

    /** A standing where only touch-bases count: the last contact is the last touch-base held. */
    public Relationship(Colleague colleague, Optional<ZonedDateTime> lastHeld, Optional<ZonedDateTime> next,
            String cadence, boolean overdue, Optional<String> attention, Optional<TouchBase> series) {
        this(colleague, lastHeld, lastHeld.map(held -> new LastContact(held, LastContact.Kind.TOUCH_BASE,
                Optional.empty())), next, cadence, overdue, 0, attention, series);
    }
}
