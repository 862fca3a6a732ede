package touchbase.colleagues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;

/**
 * Create and list groups of colleagues (team virtual coffee). Members must be 2 to 8 of the account's
 * own colleagues: an id that is not one (another account's colleague included) is refused the same
 * way as one that does not exist, so nothing about other accounts shows.
 */
public final class GroupBook {

    private final Groups groups;
    private final Colleagues colleagues;
    private final Supplier<String> newId;
    private final Optional<RoulettePairs> pairs;

    public GroupBook(Groups groups, Colleagues colleagues, Supplier<String> newId) {
        this(groups, colleagues, newId, Optional.empty());
    }

    /** Also knows who meets in each pair meeting of a coffee roulette ({@link #pairOf}). */
    public GroupBook(Groups groups, Colleagues colleagues, Supplier<String> newId, Optional<RoulettePairs> pairs) {
        this.pairs = Objects.requireNonNull(pairs, "pairs must not be null");
        this.groups = Objects.requireNonNull(groups, "groups must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.newId = Objects.requireNonNull(newId, "newId must not be null");
    }

    /**
     * Creates a group; {@code quorum} defaults to all members but one.
     *
     * @throws InvalidInput naming {@code name}, {@code colleagueIds} or {@code quorum}
     */
    public Group create(String accountId, String name, List<String> colleagueIds, Cadence cadence,
            Optional<Integer> quorum, boolean roulette) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInput("name", "name must be 1 to 200 characters");
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNull(colleagueIds, "colleagueIds")));
        if (ids.size() != colleagueIds.size()) {
            throw new InvalidInput("colleagueIds", "colleagueIds must not repeat a colleague");
        }
        if (ids.size() < Group.MIN_MEMBERS || ids.size() > Group.MAX_MEMBERS) {
            throw new InvalidInput("colleagueIds", "colleagueIds must name " + Group.MIN_MEMBERS + " to "
                    + Group.MAX_MEMBERS + " colleagues, got " + ids.size());
        }
        for (String id : ids) {
            if (id == null || colleagues.find(accountId, id).isEmpty()) {
                throw new InvalidInput("colleagueIds", "colleagueIds: no colleague with id " + id);
            }
        }
        int chosen = quorum.orElse(Group.defaultQuorum(ids.size()));
        if (chosen < 1 || chosen > ids.size()) {
            throw new InvalidInput("quorum", "quorum must be 1 to " + ids.size() + ", got " + chosen);
        }
        Group group = new Group(newId.get(), name.strip(), ids, cadence, chosen, roulette);
        groups.save(accountId, group);
        return group;
    }

    public List<Group> all(String accountId) {
        return groups.all(accountId);
    }

    /** @throws NotFound for a group that is not the account's */
    public Group find(String accountId, String groupId) {
        return groups.find(accountId, groupId).orElseThrow(() -> new NotFound("group " + groupId));
    }

    /** The colleagues a group can be made of (all of the account's, paused ones too). */
    public List<Colleague> candidates(String accountId) {
        return colleagues.all(accountId);
    }

    /**
     * Who meets in the roulette pair meeting held as series {@code seriesId}, as colleagues (a member
     * removed since is left out); empty for a series that is not a pair meeting.
     */
    public Optional<List<Colleague>> pairOf(String accountId, String seriesId) {
        return pairs.flatMap(store -> store.find(accountId, seriesId)).map(meeting -> meeting.memberIds().stream()
                .flatMap(id -> colleagues.find(accountId, id).stream()).toList());
    }

    /** The members as colleagues, in the group's order (a member removed since is left out). */
    public List<Colleague> members(String accountId, Group group) {
        List<Colleague> members = new ArrayList<>();
        for (String id : group.colleagueIds()) {
            colleagues.find(accountId, id).ifPresent(members::add);
        }
        return members;
    }
}
