package touchbase.colleagues;

import java.util.List;
import java.util.Objects;
import touchbase.domain.TouchBase;

/**
 * The answer to removing a colleague: removed, with the series that were cancelled; or not removed
 * yet because these active series would be cancelled and the person has not confirmed.
 */
public record Removal(boolean removed, List<TouchBase> series) {

    public Removal {
        series = List.copyOf(Objects.requireNonNull(series, "series must not be null"));
    }

    public boolean needsConfirmation() {
        return !removed;
    }
}
