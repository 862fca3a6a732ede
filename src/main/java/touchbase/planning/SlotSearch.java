package touchbase.planning;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the recurring slot for one colleague by judging every occurrence of every candidate
 * (pattern and time of day) over the horizon. Candidates are ranked by, in order: fewest
 * occurrences that clash (outside either person's hours, busy with buffers, or over a cap), where
 * for a group with a quorum an occurrence that only the quorum can come to counts half as much as
 * one even the quorum cannot (which the {@link OccurrencePlacer} must move or skip), so a slot that
 * suits everyone wins and, when none does, the one the quorum can keep; fewest
 * missed colleague preferences; fewest missed account preferences; least load per occurrence
 * (touch-bases already on those days and weeks); earliest first start; then enumeration order.
 */
final class SlotSearch {

    /** The chosen pattern and time of day. */
    record Choice(DayPattern pattern, int slot, int firstCell) {
    }

    /**
     * The best choice if any, and whether any occurrence existed or fell in both people's hours (for a
     * group: everyone's, or the quorum can come).
     */
    record Outcome(Optional<Choice> best, boolean anyOccurrence, boolean anyInHours) {
    }

    private final PairView view;
    private final PreferenceCosts preferences;
    private final boolean[][] accountOpen;
    /** The starts free now, and (for a group with a quorum) those enough can come to now: nothing is booked while searching. */
    private final BitSet free;
    private final BitSet enough;

    SlotSearch(PairView view, PreferenceCosts preferences, boolean[][] accountOpen) {
        this.view = view;
        this.preferences = preferences;
        this.accountOpen = accountOpen;
        this.free = view.freeNow(false);
        this.enough = view.hasQuorum() ? view.freeNow(true) : null;
    }

    Outcome best(List<DayPattern> patterns) {
        Score best = null;
        Choice bestChoice = null;
        boolean anyOccurrence = false;
        boolean anyInHours = false;
        for (DayPattern pattern : patterns) {
            if (pattern.days().length == 0) {
                continue;
            }
            boolean[] open = accountOpen[pattern.days()[0] % 7];
            for (int slot = 0; slot < open.length; slot++) {
                if (!open[slot]) {
                    continue;
                }
                Score score = judge(pattern, slot, best == null ? Integer.MAX_VALUE : best.clashes);
                if (score == null) {
                    continue;
                }
                anyOccurrence = true;
                if (score.inHours == 0) {
                    continue;
                }
                anyInHours = true;
                if (best == null || score.isBetterThan(best)) {
                    best = score;
                    bestChoice = new Choice(pattern, slot, score.firstCell);
                }
            }
        }
        return new Outcome(Optional.ofNullable(bestChoice), anyOccurrence, anyInHours);
    }

    /** The score of one candidate, or null when it has no occurrence or already clashes more than the best. */
    private Score judge(DayPattern pattern, int slot, int clashLimit) {
        SlotGrid grid = view.grid;
        int occurrences = 0;
        int clashes = 0;
        int inHours = 0;
        long load = 0;
        int firstCell = -1;
        for (int day : pattern.days()) {
            int cell = grid.cell(day, slot);
            if (!grid.usable(cell)) {
                continue;
            }
            occurrences++;
            if (firstCell < 0) {
                firstCell = cell;
            }
            boolean hours = true;
            if (!free.get(cell)) {
                boolean quorumCan = enough != null && enough.get(cell);
                hours = quorumCan || view.inBothHours(cell);
                clashes += quorumCan ? 1 : 2;
                if (clashes > clashLimit) {
                    return null;
                }
            }
            if (hours) {
                inHours++;
            }
            load += view.caps.load(day);
        }
        if (occurrences == 0) {
            return null;
        }
        return new Score(clashes, preferences.colleagueMisses(firstCell), preferences.accountMisses(firstCell),
                load, occurrences, grid.start(firstCell), firstCell, inHours);
    }

    /** {@code clashes} is the weighted count: 2 per occurrence that must move, 1 per one only the quorum suits. */
    private record Score(int clashes, int colleagueMisses, int accountMisses, long load, int occurrences,
            long firstStart, int firstCell, int inHours) {

        /** Strictly better; on a full tie the earlier-enumerated candidate stays. */
        boolean isBetterThan(Score other) {
            if (clashes != other.clashes) {
                return clashes < other.clashes;
            }
            if (colleagueMisses != other.colleagueMisses) {
                return colleagueMisses < other.colleagueMisses;
            }
            if (accountMisses != other.accountMisses) {
                return accountMisses < other.accountMisses;
            }
            long mine = load * other.occurrences;
            long theirs = other.load * occurrences;
            if (mine != theirs) {
                return mine < theirs;
            }
            return firstStart < other.firstStart;
        }
    }
}
