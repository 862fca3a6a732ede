package touchbase.booking;

import java.util.List;
import java.util.Objects;
import touchbase.colleagues.GroupBook;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.planning.Proposal;

/**
 * Team virtual coffee: plan one recurring slot that suits the account and every member of a group,
 * and book it as the group's series: one recurring Google event inviting every member (written by
 * the {@link OutboxWorker}, so retries never make a second), with Meet as for pairs.
 */
public final class GroupBooking {

    private final GroupBook groups;
    private final Proposals proposals;
    private final Booker booker;

    public GroupBooking(GroupBook groups, Proposals proposals, Booker booker) {
        this.groups = Objects.requireNonNull(groups, "groups must not be null");
        this.proposals = Objects.requireNonNull(proposals, "proposals must not be null");
        this.booker = Objects.requireNonNull(booker, "booker must not be null");
    }

    /**
     * The proposal for the group (its colleague stands for the group), or why it cannot be placed.
     *
     * @throws touchbase.domain.NotFound for a group that is not the account's
     */
    public Proposal plan(String accountId, String groupId) {
        Group group = groups.find(accountId, groupId);
        List<Colleague> members = groups.members(accountId, group);
        if (members.size() < Group.MIN_MEMBERS) {
            return new Proposal.CannotPlace(party(group, members), "fewer than " + Group.MIN_MEMBERS
                    + " of the group's members are still colleagues: add members to plan it");
        }
        return proposals.planGroup(accountId, group, members);
    }

    /**
     * Books the group's proposal; a group that already has a live series is answered with it.
     *
     * @throws touchbase.domain.NotFound for a group that is not the account's
     */
    public BookingResult book(String accountId, String groupId) {
        Group group = groups.find(accountId, groupId);
        Proposal proposal = plan(accountId, groupId);
        if (proposal instanceof Proposal.Placed placed) {
            return booker.bookGroup(accountId, group.id(), groups.members(accountId, group).get(0).id(), placed);
        }
        return new BookingResult.NotPlaced(group.id(), proposal.reason());
    }

    private static Colleague party(Group group, List<Colleague> members) {
        String email = members.isEmpty() ? "nobody@touchbase.invalid" : members.get(0).email();
        return Colleague.of(group.id(), email, group.name(), java.time.ZoneOffset.UTC, group.cadence());
    }
}
