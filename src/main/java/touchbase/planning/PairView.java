package touchbase.planning;

import java.util.BitSet;

/**
 * The account and one colleague seen together on the grid: whether a start lies in both people's
 * working hours, clashes with either one's busy time (with buffers), or breaks a cap.
 */
final class PairView {

    final SlotGrid grid;
    final BitSet accountHours;
    final BitSet colleagueHours;
    final BusyCells accountBusy;
    final BusyCells colleagueBusy;
    final CapCounter caps;

    PairView(SlotGrid grid, BitSet accountHours, BitSet colleagueHours, BusyCells accountBusy,
            BusyCells colleagueBusy, CapCounter caps) {
        this.grid = grid;
        this.accountHours = accountHours;
        this.colleagueHours = colleagueHours;
        this.accountBusy = accountBusy;
        this.colleagueBusy = colleagueBusy;
        this.caps = caps;
    }

    boolean inBothHours(int cell) {
        return accountHours.get(cell) && colleagueHours.get(cell);
    }

    /** A usable start in both people's hours, clear of both calendars and within the caps. */
    boolean free(int cell) {
        return grid.usable(cell) && inBothHours(cell) && !accountBusy.clashes(cell)
                && !colleagueBusy.clashes(cell) && !caps.full(grid.dayOf(cell));
    }

    /** Why a start is not free, in a few words naming whose calendar or hours. */
    String why(int cell, String colleagueName) {
        if (!accountHours.get(cell)) {
            return "outside your working hours";
        }
        if (!colleagueHours.get(cell)) {
            return "outside " + colleagueName + "'s working hours";
        }
        return whyBusy(cell, colleagueName);
    }

    /** Whether either calendar (with buffers) or the caps rule a start out, hours aside. */
    boolean busy(int cell) {
        return accountBusy.clashes(cell) || colleagueBusy.clashes(cell) || caps.full(grid.dayOf(cell));
    }

    /** Why a start is {@link #busy}, in a few words naming whose calendar, or the cap. */
    String whyBusy(int cell, String colleagueName) {
        if (accountBusy.clashes(cell)) {
            return "clashes with your calendar";
        }
        if (colleagueBusy.clashes(cell)) {
            return "clashes with " + colleagueName + "'s calendar";
        }
        return caps.why(grid.dayOf(cell));
    }
}
