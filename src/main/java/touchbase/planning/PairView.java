package touchbase.planning;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The account and one colleague seen together on the grid: whether a start lies in both people's
 * working hours, clashes with either one's busy time (with buffers), or breaks a cap. A group is seen
 * the same way ({@link #ofGroup}): its hours are those every member works, its busy time anyone's, and
 * a quorum says when enough members can come for an occurrence to stand that not all can.
 */
final class PairView {

    final SlotGrid grid;
    final BitSet accountHours;
    final BitSet colleagueHours;
    final BusyCells accountBusy;
    final BusyCells colleagueBusy;
    final CapCounter caps;
    /** Whether enough of a group can come at a start (hours and busy time); null for one colleague. */
    private final IntPredicate quorum;

    PairView(SlotGrid grid, BitSet accountHours, BitSet colleagueHours, BusyCells accountBusy,
            BusyCells colleagueBusy, CapCounter caps) {
        this(grid, accountHours, colleagueHours, accountBusy, colleagueBusy, caps, null);
    }

    private PairView(SlotGrid grid, BitSet accountHours, BitSet colleagueHours, BusyCells accountBusy,
            BusyCells colleagueBusy, CapCounter caps, IntPredicate quorum) {
        this.grid = grid;
        this.accountHours = accountHours;
        this.colleagueHours = colleagueHours;
        this.accountBusy = accountBusy;
        this.colleagueBusy = colleagueBusy;
        this.caps = caps;
        this.quorum = quorum;
    }

    /**
     * The account and a group: "both hours" are the cells every member works ({@code memberHours},
     * each already within the account's), "their busy" is anyone's, and a start has a quorum when at
     * least {@code quorum} members work then and are not busy.
     */
    static PairView ofGroup(SlotGrid grid, BitSet accountHours, List<BitSet> memberHours, List<BusyCells> memberBusy,
            BusyCells anyoneBusy, BusyCells accountBusy, CapCounter caps, int quorum) {
        BitSet everyone = (BitSet) accountHours.clone();
        memberHours.forEach(everyone::and);
        IntPredicate enough = cell -> {
            int can = 0;
            for (int member = 0; member < memberHours.size(); member++) {
                if (memberHours.get(member).get(cell) && !memberBusy.get(member).clashes(cell) && ++can >= quorum) {
                    return true;
                }
            }
            return false;
        };
        return new PairView(grid, accountHours, everyone, accountBusy, anyoneBusy, caps, enough);
    }

    /** Whether this is a group with a quorum below everyone (then {@link #enough} may hold where {@link #free} does not). */
    boolean hasQuorum() {
        return quorum != null;
    }

    /** A usable start in the account's hours, clear of its calendar and the caps, that enough members can come to. */
    boolean enough(int cell) {
        if (quorum == null) {
            return free(cell);
        }
        return grid.usable(cell) && accountHours.get(cell) && !accountBusy.clashes(cell)
                && !caps.full(grid.dayOf(cell)) && quorum.test(cell);
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
