package touchbase.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * Expands a series into its occurrences with its per-occurrence changes applied. A moved occurrence
 * stays within its week or month, so the rule is expanded a little beyond the window to catch the
 * ones moved into it.
 */
public final class SeriesOccurrences {

    private static final Duration MOVE_REACH = Duration.ofDays(35);

    private SeriesOccurrences() {
    }

    /** Occurrences whose (possibly moved) start lies in {@code [from, to)}, in time order. */
    public static List<Occurrence> between(TouchBase series, List<OccurrenceChange> changes, Instant from, Instant to) {
        Map<Instant, OccurrenceChange> byOriginal = new HashMap<>();
        for (OccurrenceChange change : changes) {
            byOriginal.put(change.originalStart().toInstant(), change);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (ZonedDateTime regular : series.rule().starts(series.firstStart(), from.minus(MOVE_REACH), to.plus(MOVE_REACH))) {
            Optional<OccurrenceChange> change = Optional.ofNullable(byOriginal.get(regular.toInstant()));
            ZonedDateTime start = change.flatMap(OccurrenceChange::newStart)
                    .map(moved -> moved.withZoneSameInstant(regular.getZone()))
                    .orElse(regular);
            Instant at = start.toInstant();
            if (!at.isBefore(from) && at.isBefore(to)) {
                occurrences.add(new Occurrence(series.id(), regular, start, series.duration(), change));
            }
        }
        occurrences.sort(Comparator.comparing(o -> o.start().toInstant()));
        return occurrences;
    }

    /**
     * Where a touch-base held once ({@link TouchBase#isSingle()}, a roulette's pair meeting) takes place:
     * where a recheck moved it, else its start.
     */
    public static ZonedDateTime heldOnce(TouchBase series, List<OccurrenceChange> changes) {
        Instant first = series.firstStart().toInstant();
        return between(series, changes, first.minus(MOVE_REACH), first.plus(MOVE_REACH)).stream().findFirst()
                .map(Occurrence::start).orElse(series.firstStart());
    }

    /** Held occurrences only. */
    public static List<Occurrence> heldBetween(TouchBase series, List<OccurrenceChange> changes, Instant from, Instant to) {
        return between(series, changes, from, to).stream().filter(Occurrence::isHeld).toList();
    }
}
