package touchbase.planning.zones;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone's offset changes from one epoch second until another, listed once (asking the zone rules
 * day by day costs the planner's grid more than the rest of a day's work). Asked about non-decreasing
 * instants ({@link #steady}), it walks the list once; the offset at a second and the epoch second of a
 * local time within the span are answered from the list too ({@link #offsetAt}, {@link #resolve}).
 */
public final class ZoneChanges {

    private final long[] changes;
    private final int[] offsetsAfter;
    private final int firstOffset;
    private int passed;

    public ZoneChanges(ZoneRules rules, long from, long until) {
        List<ZoneOffsetTransition> found = new ArrayList<>();
        for (ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from));
                next != null && next.toEpochSecond() < until; next = rules.nextTransition(next.getInstant())) {
            found.add(next);
        }
        this.changes = found.stream().mapToLong(ZoneOffsetTransition::toEpochSecond).toArray();
        this.offsetsAfter = found.stream().mapToInt(change -> change.getOffsetAfter().getTotalSeconds()).toArray();
        this.firstOffset = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
    }

    /** Whether no change falls strictly between {@code from} and {@code before}; passes those at or before {@code from}. */
    public boolean steady(long from, long before) {
        while (passed < changes.length && changes[passed] <= from) {
            passed++;
        }
        return passed == changes.length || changes[passed] >= before;
    }

    /** The offset in seconds at the {@code from} last given to {@link #steady}. */
    public long offset() {
        return passed == 0 ? firstOffset : offsetsAfter[passed - 1];
    }

    /** The offset in seconds at an epoch second within the span (the list read from its start; the walk stays). */
    public long offsetAt(long epochSecond) {
        int after = 0;
        while (after < changes.length && changes[after] <= epochSecond) {
            after++;
        }
        return offsetBefore(after);
    }

    /** Whether a change falls at or after {@code from} and before {@code before} (the walk stays). */
    public boolean changesWithin(long from, long before) {
        for (long change : changes) {
            if (change >= from && change < before) {
                return true;
            }
        }
        return false;
    }

    /**
     * The epoch second of a local time (seconds from 1970-01-01T00:00 on the zone's clock) within the span,
     * as {@code ZonedDateTime.of} resolves it: the earlier offset where the clock goes back, and in a
     * spring-forward gap the offset before the change (so the time moves later by the gap).
     */
    public long resolve(long local) {
        for (int piece = 0; piece <= changes.length; piece++) {
            long second = local - offsetBefore(piece);
            if ((piece == 0 || second >= changes[piece - 1]) && (piece == changes.length || second < changes[piece])) {
                return second;
            }
        }
        for (int change = 0; change < changes.length; change++) {
            if (local >= changes[change] + offsetBefore(change) && local < changes[change] + offsetsAfter[change]) {
                return local - offsetBefore(change);
            }
        }
        throw new IllegalStateException("no offset for local second " + local);
    }

    /** Whether a local time within the span exists on the zone's clock (is not in a spring-forward gap). */
    public boolean exists(long local) {
        long second = resolve(local);
        return second + offsetAt(second) == local;
    }

    private long offsetBefore(int change) {
        return change == 0 ? firstOffset : offsetsAfter[change - 1];
    }
}
