package touchbase.web.pages;

import java.util.List;
import java.util.Optional;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.web.Shell;

/**
 * The Groups page: each group (team virtual coffee) with its members, cadence and quorum and a
 * "Plan and book" button, and the form to create one (member checkboxes); a refused form comes back
 * with {@code error} naming its field.
 */
public record GroupsPage(Shell shell, List<Row> groups, List<Colleague> colleagues, Optional<String> error,
        Optional<String> errorField) {

    /** One group with its members' names and, for a coffee roulette, its pair meetings. */
    public record Row(Group group, List<String> memberNames, List<Pairing> pairings) {

        public Row(Group group, List<String> memberNames) {
            this(group, memberNames, List.of());
        }
    }

    /** One pair meeting: who, when (in the account's zone, in words) and how it stands on Google. */
    public record Pairing(String names, String when, String status) {
    }
}
