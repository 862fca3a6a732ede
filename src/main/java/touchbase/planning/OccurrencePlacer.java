package touchbase.planning;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a chosen slot into occurrences, in time order, and books each held one into the account's
 * busy cells and the caps at once, so later occurrences and later colleagues see it. An occurrence
 * that clashes moves to the nearest free start within its week (weekly kinds) or month (monthly
 * kinds), earlier on a tie ({@link NearestFreeStart}), or is skipped when there is none. For a group
 * with a quorum, an occurrence no start of its period suits everyone stays where it is when enough
 * members can come then (its note says so), or moves to the nearest start enough can come to.
 */
final class OccurrencePlacer {

    private static final DateTimeFormatter MOVED_TO = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final PairView view;
    private final Duration duration;
    private final String colleagueName;
    private final String unknownNote;

    /** {@code unknownNote} says whose free/busy is unknown, or is empty when both are known. */
    OccurrencePlacer(PairView view, Duration duration, String colleagueName, String unknownNote) {
        this.view = view;
        this.duration = duration;
        this.colleagueName = colleagueName;
        this.unknownNote = unknownNote;
    }

    List<ProposedOccurrence> place(SlotSearch.Choice choice) {
        SlotGrid grid = view.grid;
        List<ProposedOccurrence> occurrences = new ArrayList<>();
        for (int day : choice.pattern().days()) {
            int cell = grid.cell(day, choice.slot());
            if (!grid.usable(cell)) {
                continue;
            }
            ZonedDateTime regular = grid.zonedStart(cell);
            if (view.free(cell)) {
                book(cell);
                occurrences.add(new ProposedOccurrence(regular, regular, duration,
                        unknownNote.isEmpty() ? OccurrenceStatus.FREE : OccurrenceStatus.UNKNOWN, unknownNote));
                continue;
            }
            String why = view.why(cell, colleagueName);
            int[] within = choice.pattern().period(grid, day);
            int target = nearestFree(cell, within, false);
            if (target < 0 && view.hasQuorum() && view.enough(cell)) {
                book(cell);
                occurrences.add(new ProposedOccurrence(regular, regular, duration, OccurrenceStatus.FREE,
                        why + "; enough members can come"));
                continue;
            }
            if (target < 0 && view.hasQuorum()) {
                target = nearestFree(cell, within, true);
            }
            if (target < 0) {
                String period = choice.pattern().cadence().kind().isMonthly() ? "month" : "week";
                occurrences.add(new ProposedOccurrence(regular, regular, duration, OccurrenceStatus.SKIPPED,
                        why + "; no free slot that " + period));
            } else {
                book(target);
                ZonedDateTime moved = grid.zonedStart(target);
                occurrences.add(new ProposedOccurrence(regular, moved, duration, OccurrenceStatus.MOVED,
                        why + "; moved to " + MOVED_TO.format(moved)));
            }
        }
        return occurrences;
    }

    /**
     * The nearest start of the period {@link PairView#free} (or {@link PairView#enough}), -1 when none is;
     * only the starts that can be are tried. The cell is not free itself, and no other cell starts at its
     * second, so "not at it" leaves only others.
     */
    private int nearestFree(int cell, int[] period, boolean enough) {
        SlotGrid grid = view.grid;
        return NearestFreeStart.nearest(grid.cell(period[0], 0), grid.cell(period[1], 0), grid::start,
                enough ? view::enough : view::free, grid.start(cell), view.possible(enough));
    }

    private void book(int cell) {
        long start = view.grid.start(cell);
        view.accountBusy.addTouchBase(start, start + view.grid.durationSeconds);
        view.caps.add(view.grid.dayOf(cell));
    }
}
