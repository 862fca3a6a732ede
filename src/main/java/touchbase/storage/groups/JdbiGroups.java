package touchbase.storage.groups;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import touchbase.colleagues.Groups;
import touchbase.domain.Cadence;
import touchbase.domain.Group;
import touchbase.storage.StorageException;
import touchbase.storage.Timestamps;

/** Groups in {@code colleague_groups}, members in {@code colleague_group_members} (by position). */
public final class JdbiGroups implements Groups {

    private static final String SELECT = "SELECT id, name, cadence, quorum, roulette FROM colleague_groups ";

    private final Jdbi jdbi;
    private final java.time.Clock clock;

    public JdbiGroups(Jdbi jdbi, java.time.Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public List<Group> all(String accountId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE account_id = :account ORDER BY created_at, id")
                .bind("account", accountId)
                .map((row, ctx) -> new Row(row.getString("id"), row.getString("name"), row.getString("cadence"),
                        row.getInt("quorum"), row.getBoolean("roulette")))
                .list().stream().map(row -> row.group(members(h, row.id()))).toList());
    }

    @Override
    public Optional<Group> find(String accountId, String groupId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", groupId)
                .map((row, ctx) -> new Row(row.getString("id"), row.getString("name"), row.getString("cadence"),
                        row.getInt("quorum"), row.getBoolean("roulette")))
                .findOne().map(row -> row.group(members(h, row.id()))));
    }

    @Override
    public void save(String accountId, Group group) {
        jdbi.useTransaction(h -> {
            int stored = h.createUpdate("INSERT INTO colleague_groups (id, account_id, name, cadence, quorum, roulette, "
                            + "created_at) VALUES (:id, :account, :name, :cadence, :quorum, :roulette, :created) "
                            + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, cadence = excluded.cadence, "
                            + "quorum = excluded.quorum, roulette = excluded.roulette "
                            + "WHERE colleague_groups.account_id = excluded.account_id")
                    .bind("id", group.id()).bind("account", accountId).bind("name", group.name())
                    .bind("cadence", group.cadence().toRRule()).bind("quorum", group.quorum())
                    .bind("roulette", group.roulette()).bind("created", Timestamps.text(clock.instant()))
                    .execute();
            if (stored == 0) {
                throw new StorageException("group " + group.id() + " belongs to another account");
            }
            h.createUpdate("DELETE FROM colleague_group_members WHERE group_id = :id").bind("id", group.id()).execute();
            for (int position = 0; position < group.size(); position++) {
                h.createUpdate("INSERT INTO colleague_group_members (group_id, colleague_id, position) "
                                + "VALUES (:group, :colleague, :position)")
                        .bind("group", group.id()).bind("colleague", group.colleagueIds().get(position))
                        .bind("position", position).execute();
            }
        });
    }

    private static List<String> members(Handle h, String groupId) {
        return h.createQuery("SELECT colleague_id FROM colleague_group_members WHERE group_id = :id ORDER BY position")
                .bind("id", groupId).mapTo(String.class).list();
    }

    private record Row(String id, String name, String cadence, int quorum, boolean roulette) {
        Group group(List<String> members) {
            return new Group(id, name, members, Cadence.parseRRule(cadence), Math.min(quorum, Math.max(1, members.size())),
                    roulette);
        }
    }
}
