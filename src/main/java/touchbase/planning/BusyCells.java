package touchbase.planning;

import java.util.BitSet;
import touchbase.domain.Interval;

/**
 * The grid cells where a touch-base would clash with someone's busy time: a start {@code t} clashes
 * with busy {@code [b0, b1)} when {@code [t - bufferBefore, t + duration + bufferAfter)} overlaps it.
 * Marking each busy interval once makes every later test a bit lookup.
 */
final class BusyCells {

    private final SlotGrid grid;
    private final long bufferBefore;
    private final long bufferAfter;
    private final BitSet cells;

    BusyCells(SlotGrid grid, PlanningRules rules) {
        this.grid = grid;
        this.bufferBefore = rules.bufferBefore().toSeconds();
        this.bufferAfter = rules.bufferAfter().toSeconds();
        this.cells = new BitSet(grid.cells());
    }

    void add(Interval busy) {
        add(busy.start().getEpochSecond(), busy.end().getEpochSecond());
    }

    void add(long busyStart, long busyEnd) {
        mark(busyStart - grid.durationSeconds - bufferAfter, busyEnd + bufferBefore);
    }

    /**
     * A touch-base just planned: both its buffers and the new one's must hold, so starts within the
     * larger buffer of it clash either way.
     */
    void addTouchBase(long start, long end) {
        long buffer = Math.max(bufferBefore, bufferAfter);
        mark(start - grid.durationSeconds - buffer, end + buffer);
    }

    /** Marks every cell another calendar's cells clash at (both on the same grid and rules). */
    void addAll(BusyCells other) {
        cells.or(other.cells);
    }

    /**
     * Marks the cells starting strictly between {@code after} and {@code before}: cell starts never
     * decrease, so they are one run, from the first cell after {@code after} up to the first cell
     * starting at or after {@code before}, set a word at a time.
     */
    private void mark(long after, long before) {
        int from = grid.firstCellAfter(after);
        int to = grid.firstCellAfter(before - 1);
        if (from < to) {
            cells.set(from, to);
        }
    }

    /** Clears from {@code cells} every cell that clashes here. */
    void clear(BitSet cells) {
        cells.andNot(this.cells);
    }

    boolean clashes(int cell) {
        return cells.get(cell);
    }
}
