package touchbase.upkeep;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

/**
 * Where the account stands with one colleague: the last touch-base held, the next one, the cadence
 * in words, whether they are overdue (nothing held within one cadence period and nothing active),
 * and why it needs attention when paused or failing.
 *
 * @param series the colleague's current series (active or failing), else their latest, if any
 */
public record Relationship(
        Colleague colleague,
        Optional<ZonedDateTime> lastHeld,
        Optional<ZonedDateTime> next,
        String cadence,
        boolean overdue,
        Optional<String> attention,
        Optional<TouchBase> series) {

    public Relationship {
        Objects.requireNonNull(colleague, "colleague must not be null");
        Objects.requireNonNull(lastHeld, "lastHeld must not be null");
        Objects.requireNonNull(next, "next must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        Objects.requireNonNull(attention, "attention must not be null");
        Objects.requireNonNull(series, "series must not be null");
    }
}
