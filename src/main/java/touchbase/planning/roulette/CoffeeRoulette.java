package touchbase.planning.roulette;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pairs of a weekly "coffee roulette" by the circle method (a round-robin schedule): with an even
 * number of members, each round of {@code n - 1} periods pairs every member with every other exactly
 * once; with an odd number, a stand-in "bye" is added, so each round has {@code n} periods and every
 * member sits out once, or, with {@code trios}, the member with the bye joins the period's last pair.
 * Periods past a round repeat it from the start.
 */
public final class CoffeeRoulette {

    private final List<String> members;
    private final boolean trios;

    public CoffeeRoulette(List<String> members, boolean trios) {
        this.members = List.copyOf(Objects.requireNonNull(members, "members must not be null"));
        if (this.members.size() < 2) {
            throw new IllegalArgumentException("members must be at least 2, got " + this.members.size());
        }
        this.trios = trios;
    }

    /** Periods in one round: every pair meets once within it. */
    public int periodsPerRound() {
        return members.size() % 2 == 0 ? members.size() - 1 : members.size();
    }

    /**
     * Who meets in period {@code period} (from 0): groups of two (one of three for an odd count with
     * trios), in a stable order; with an odd count and no trios, one member has none.
     */
    public List<List<String>> meetings(int period) {
        if (period < 0) {
            throw new IllegalArgumentException("period must not be negative, got " + period);
        }
        List<String> seats = new ArrayList<>(members);
        if (seats.size() % 2 == 1) {
            seats.add(null);
        }
        int n = seats.size();
        int round = period % (n - 1);
        List<String> circle = new ArrayList<>(n);
        circle.add(seats.get(0));
        for (int i = 0; i < n - 1; i++) {
            circle.add(seats.get(1 + Math.floorMod(i - round, n - 1)));
        }
        List<List<String>> pairs = new ArrayList<>();
        String bye = null;
        for (int i = 0; i < n / 2; i++) {
            String one = circle.get(i);
            String other = circle.get(n - 1 - i);
            if (one == null || other == null) {
                bye = one == null ? other : one;
            } else {
                pairs.add(List.of(one, other));
            }
        }
        if (bye != null && trios && !pairs.isEmpty()) {
            List<String> last = new ArrayList<>(pairs.remove(pairs.size() - 1));
            last.add(bye);
            pairs.add(List.copyOf(last));
        }
        return List.copyOf(pairs);
    }
}
