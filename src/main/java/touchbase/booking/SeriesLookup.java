package touchbase.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import touchbase.account.changes.AccountChanges;
import touchbase.account.changes.AccountMemo;
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
    private final Optional<AccountMemo<List<SeriesDetail>>> memo;
    private final Clock clock;

    public SeriesLookup(TouchBases touchBases) {
        this(touchBases, Optional.empty(), Clock.systemUTC());
    }

    private SeriesLookup(TouchBases touchBases, Optional<AccountChanges> changes, Clock clock) {
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.memo = changes.map(c -> new AccountMemo<>(c, all -> Instant.MAX));
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * The same, keeping each account's {@link #all} (the same list instance) while {@code changes} says none
     * of its series changed: what they show does not depend on the time.
     */
    public SeriesLookup keptUntilChangedIn(AccountChanges changes, Clock clock) {
        return new SeriesLookup(touchBases, Optional.of(changes), clock);
    }

    /** Every series of the account, oldest first (two reads, whatever the number of series, or none when kept). */
    public List<SeriesDetail> all(String accountId) {
        return memo.map(m -> m.get(accountId, clock.instant(), () -> read(accountId))).orElseGet(() -> read(accountId));
    }

    private List<SeriesDetail> read(String accountId) {
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
