package touchbase.upkeep;

import java.util.Objects;
import touchbase.booking.SeriesChanges;
import touchbase.domain.Conflict;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * "We just met": the user met a colleague outside Touchbase, so the next touch-base of their active
 * series is skipped (through {@link SeriesChanges#skip}, which tells Google and the colleague).
 */
public final class JustMet {

    private final Relationships relationships;
    private final SeriesChanges changes;

    public JustMet(Relationships relationships, SeriesChanges changes) {
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
    }

    /**
     * @throws touchbase.domain.NotFound for an unknown colleague
     * @throws Conflict when the colleague has no upcoming touch-base to skip
     */
    public OccurrenceChange skipNext(String accountId, String colleagueId) {
        Relationship relationship = relationships.forColleague(accountId, colleagueId);
        TouchBase series = relationship.series().filter(TouchBase::isActive)
                .orElseThrow(() -> new Conflict("no touch-base is booked with this colleague, so none can be skipped"));
        var next = relationship.next()
                .orElseThrow(() -> new Conflict("the series with this colleague has no upcoming touch-base"));
        return changes.skip(accountId, series.id(),
                next.withZoneSameInstant(series.firstStart().getZone()).toLocalDate());
    }
}
