package touchbase.colleagues;

import java.util.List;
import java.util.Optional;
import touchbase.domain.Group;

/** Port: the groups of colleagues each account keeps a team coffee with; every read and write scoped to the account. */
public interface Groups {

    /** The account's groups, oldest first. */
    List<Group> all(String accountId);

    Optional<Group> find(String accountId, String groupId);

    /** Inserts or replaces the group (by id) with its members in order. */
    void save(String accountId, Group group);
}
