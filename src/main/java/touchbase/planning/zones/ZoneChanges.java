package touchbase.planning.zones;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone's offset changes from one epoch second until another, listed once (asking the zone rules
 * day by day costs the planner's grid more than the rest of a day's work). Asked about non-decreasing
 * instants ({@link #steady}), it walks the list once.
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
}
