package touchbase.booking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import touchbase.domain.NotFound;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/** Reads an account's touch-base series with their per-occurrence changes; another account's series is not found. */
public final class SeriesLookup {

    /** A series as the person sees it: the series and the occurrences that differ from its rule. */
    public record SeriesDetail(TouchBase series, List<OccurrenceChange> changes) {
        public SeriesDetail {
            Objects.requireNonNull(series, "series must not be null");
            changes = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
        }
    }

    private final TouchBases touchBases;

    public SeriesLookup(TouchBases touchBases) {
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
    }

    /** Every series of the account, oldest first (two reads, whatever the number of series). */
    public List<SeriesDetail> all(String accountId) {
        Map<String, List<OccurrenceChange>> changes = touchBases.changesOfAccount(accountId);
        return touchBases.forAccount(accountId).stream()
                .map(series -> new SeriesDetail(series, changes.getOrDefault(series.id(), List.of()))).toList();
    }

    /** @throws NotFound when the account has no series with this id */
    public SeriesDetail one(String accountId, String seriesId) {
        return touchBases.find(accountId, seriesId).map(this::detail)
                .orElseThrow(() -> new NotFound("touch-base " + seriesId));
    }

    private SeriesDetail detail(TouchBase series) {
        return new SeriesDetail(series, touchBases.changes(series.accountId(), series.id()));
    }
}
