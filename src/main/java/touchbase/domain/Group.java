package touchbase.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A team the account keeps a "virtual coffee" with: 2 to 8 of its colleagues (by id, in the order
 * chosen) on one cadence. {@code quorum} is how many members must be able to come for an occurrence
 * to stand (default all but one); {@code roulette} rotates pairs within the group instead of one
 * meeting of everyone.
 */
public record Group(String id, String name, List<String> colleagueIds, Cadence cadence, int quorum, boolean roulette) {

    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 8;

    public Group {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        colleagueIds = List.copyOf(Objects.requireNonNull(colleagueIds, "colleagueIds must not be null"));
        if (colleagueIds.size() < MIN_MEMBERS || colleagueIds.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("colleagueIds must name " + MIN_MEMBERS + " to " + MAX_MEMBERS
                    + " colleagues, got " + colleagueIds.size());
        }
        if (new HashSet<>(colleagueIds).size() != colleagueIds.size()) {
            throw new IllegalArgumentException("colleagueIds must not repeat a colleague");
        }
        Objects.requireNonNull(cadence, "cadence must not be null");
        if (quorum < 1 || quorum > colleagueIds.size()) {
            throw new IllegalArgumentException("quorum must be 1 to " + colleagueIds.size() + ", got " + quorum);
        }
    }

    /** All but one of the members must be able to come. */
    public static int defaultQuorum(int members) {
        return Math.max(1, members - 1);
    }

    public int size() {
        return colleagueIds.size();
    }
}
