package touchbase.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
    /**
     * The usable starts in both people's hours clear of the colleague's calendar (what never changes
     * while a plan is made: only the account's calendar and the caps take in placed touch-bases).
     */
    private final BitSet maybeFree;
    /** For a group, the usable starts in the account's hours that enough members can come to; null for one colleague. */
    private final BitSet quorum;

    PairView(SlotGrid grid, BitSet accountHours, BitSet colleagueHours, BusyCells accountBusy,
            BusyCells colleagueBusy, CapCounter caps) {
        this(grid, accountHours, colleagueHours, accountBusy, colleagueBusy, caps, null);
    }

    private PairView(SlotGrid grid, BitSet accountHours, BitSet colleagueHours, BusyCells accountBusy,
            BusyCells colleagueBusy, CapCounter caps, BitSet quorum) {
        this.grid = grid;
        this.accountHours = accountHours;
        this.colleagueHours = colleagueHours;
        this.accountBusy = accountBusy;
        this.colleagueBusy = colleagueBusy;
        this.caps = caps;
        this.maybeFree = grid.usableAmong(accountHours);
        maybeFree.and(colleagueHours);
        colleagueBusy.clear(maybeFree);
        this.quorum = quorum;
        if (quorum != null) {
            quorum.and(grid.usableAmong(accountHours));
        }
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
        List<BitSet> canCome = new ArrayList<>();
        for (int member = 0; member < memberHours.size(); member++) {
            BitSet can = (BitSet) memberHours.get(member).clone();
            memberBusy.get(member).clear(can);
            canCome.add(can);
        }
        return new PairView(grid, accountHours, everyone, accountBusy, anyoneBusy, caps, atLeast(canCome, quorum));
    }

    /**
     * The bits set in at least {@code quorum} (1 or more) of the sets: each bit's count is kept across
     * bit planes (a plane per binary digit, a word of 64 counts at a time) and compared with the quorum.
     */
    static BitSet atLeast(List<BitSet> sets, int quorum) {
        int planes = 32 - Integer.numberOfLeadingZeros(Math.max(sets.size(), quorum));
        long[][] words = new long[sets.size()][];
        int length = 0;
        for (int set = 0; set < words.length; set++) {
            words[set] = sets.get(set).toLongArray();
            length = Math.max(length, words[set].length);
        }
        long[] result = new long[length];
        long[] count = new long[planes];
        for (int word = 0; word < length; word++) {
            Arrays.fill(count, 0);
            for (long[] set : words) {
                long carry = word < set.length ? set[word] : 0;
                for (int plane = 0; plane < planes && carry != 0; plane++) {
                    long next = count[plane] & carry;
                    count[plane] ^= carry;
                    carry = next;
                }
            }
            long above = 0;
            long equal = -1L;
            for (int plane = planes - 1; plane >= 0; plane--) {
                if ((quorum >>> plane & 1) != 0) {
                    equal &= count[plane];
                } else {
                    above |= equal & count[plane];
                    equal &= ~count[plane];
                }
            }
            result[word] = above | equal;
        }
        return BitSet.valueOf(result);
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
        return quorum.get(cell) && !accountBusy.clashes(cell) && !caps.full(grid.dayOf(cell));
    }

    /**
     * The starts {@link #free} now, or {@link #enough} now when {@code enough}: one set to judge many
     * candidates against while nothing is booked.
     */
    BitSet freeNow(boolean enough) {
        BitSet now = (BitSet) (enough && quorum != null ? quorum : maybeFree).clone();
        accountBusy.clear(now);
        for (int day = 0; day < grid.days; day++) {
            if (caps.full(day)) {
                now.clear(grid.cell(day, 0), grid.cell(day + 1, 0));
            }
        }
        return now;
    }

    /** The starts that can be {@link #free}, or {@link #enough} when {@code enough}, whatever is booked (not to be changed). */
    BitSet possible(boolean enough) {
        return enough && quorum != null ? quorum : maybeFree;
    }

    boolean inBothHours(int cell) {
        return accountHours.get(cell) && colleagueHours.get(cell);
    }

    /** A usable start in both people's hours, clear of both calendars and within the caps. */
    boolean free(int cell) {
        return maybeFree.get(cell) && !accountBusy.clashes(cell) && !caps.full(grid.dayOf(cell));
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
