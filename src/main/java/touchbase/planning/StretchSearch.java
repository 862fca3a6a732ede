package touchbase.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For two people whose working hours share no slot: the recurring slot that stretches their working
 * days the least. Every pattern and time of day is judged by its occurrences (each a start that
 * {@link StretchCells} can stretch for both, clear of both calendars and the caps, or else a clash).
 * Ranked by, in order: fewest clashes; least stretch in all at the worst occurrence; the fairest
 * split (least difference between the two at the worst); least stretch on average; earliest first
 * start. Only runs when the ordinary search found no occurrence in both people's hours, so it costs
 * the usual plan nothing.
 */
final class StretchSearch {

    /** The chosen pattern and time of day. */
    record Choice(DayPattern pattern, int slot) {
    }

    /** The occurrences of a chosen slot and the stretch of the held ones. */
    record Placement(List<ProposedOccurrence> occurrences, int worst, int yours, int theirs) {
    }

    private final PairView view;
    private final StretchCells account;
    private final StretchCells colleague;

    StretchSearch(PairView view, StretchCells account, StretchCells colleague) {
        this.view = view;
        this.account = account;
        this.colleague = colleague;
    }

    Optional<Choice> best(List<DayPattern> patterns) {
        Score best = null;
        Choice choice = null;
        for (DayPattern pattern : patterns) {
            for (int slot = 0; slot < view.grid.slotsPerDay; slot++) {
                Score score = judge(pattern, slot);
                if (score != null && (best == null || score.isBetterThan(best))) {
                    best = score;
                    choice = new Choice(pattern, slot);
                }
            }
        }
        return Optional.ofNullable(choice);
    }

    /** The stretch of both at a start, or -1 when either cannot be stretched there. */
    int total(int cell) {
        int yours = account.minutes(cell);
        int theirs = colleague.minutes(cell);
        return yours < 0 || theirs < 0 ? -1 : yours + theirs;
    }

    private Score judge(DayPattern pattern, int slot) {
        SlotGrid grid = view.grid;
        int clashes = 0;
        int held = 0;
        int worst = 0;
        int worstGap = 0;
        long sum = 0;
        long firstStart = Long.MAX_VALUE;
        for (int day : pattern.days()) {
            int cell = grid.cell(day, slot);
            if (!grid.usable(cell)) {
                continue;
            }
            int total = total(cell);
            if (total < 0 || view.busy(cell)) {
                clashes++;
                continue;
            }
            held++;
            worst = Math.max(worst, total);
            worstGap = Math.max(worstGap, Math.abs(account.minutes(cell) - colleague.minutes(cell)));
            sum += total;
            firstStart = Math.min(firstStart, grid.start(cell));
        }
        return held == 0 ? null : new Score(clashes, worst, worstGap, sum, held, firstStart);
    }

    /** Occurrences of the choice in time order, each held one booked at once; a clashing one is skipped, not moved. */
    Placement place(Choice choice, Duration duration, String colleagueName, String unknownNote) {
        SlotGrid grid = view.grid;
        List<ProposedOccurrence> occurrences = new ArrayList<>();
        int worst = 0;
        int yours = 0;
        int theirs = 0;
        for (int day : choice.pattern().days()) {
            int cell = grid.cell(day, choice.slot());
            if (!grid.usable(cell)) {
                continue;
            }
            var start = grid.zonedStart(cell);
            int total = total(cell);
            if (total < 0 || view.busy(cell)) {
                String why = total < 0 ? "more than " + StretchCells.MOST_MINUTES / 60
                        + " hours outside someone's working hours, or on their day off" : view.whyBusy(cell, colleagueName);
                occurrences.add(new ProposedOccurrence(start, start, duration, OccurrenceStatus.SKIPPED,
                        why + "; a time across zones is not moved"));
                continue;
            }
            view.accountBusy.addTouchBase(grid.start(cell), grid.start(cell) + grid.durationSeconds);
            view.caps.add(day);
            worst = Math.max(worst, total);
            yours = Math.max(yours, account.minutes(cell));
            theirs = Math.max(theirs, colleague.minutes(cell));
            occurrences.add(new ProposedOccurrence(start, start, duration,
                    unknownNote.isEmpty() ? OccurrenceStatus.FREE : OccurrenceStatus.UNKNOWN, unknownNote));
        }
        return new Placement(occurrences, worst, yours, theirs);
    }

    private record Score(int clashes, int worst, int worstGap, long sum, int held, long firstStart) {

        private static final Comparator<Score> ORDER = Comparator.comparingInt(Score::clashes)
                .thenComparingInt(Score::worst)
                .thenComparingInt(Score::worstGap)
                .thenComparing((one, other) -> Long.compare(one.sum * other.held, other.sum * one.held))
                .thenComparingLong(Score::firstStart);

        /** Strictly better; on a full tie the earlier-enumerated candidate stays. */
        boolean isBetterThan(Score other) {
            return ORDER.compare(this, other) < 0;
        }
    }
}
