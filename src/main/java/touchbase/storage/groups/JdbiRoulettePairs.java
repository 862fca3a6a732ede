package touchbase.storage.groups;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import touchbase.colleagues.RoulettePairs;

/** Pair meetings in {@code roulette_meetings}, read only where their series exists. */
public final class JdbiRoulettePairs implements RoulettePairs {

    private static final String SELECT = "SELECT m.series_id, m.group_id, m.period_start, m.member_ids "
            + "FROM roulette_meetings m JOIN touch_base_series s ON s.id = m.series_id AND s.account_id = m.account_id "
            + "WHERE m.account_id = :account ";
    private static final RowMapper<PairMeeting> ROW = (row, ctx) -> new PairMeeting(row.getString("series_id"),
            row.getString("group_id"), LocalDate.parse(row.getString("period_start")),
            Arrays.asList(row.getString("member_ids").split(" ")));

    private final Jdbi jdbi;

    public JdbiRoulettePairs(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public void save(String accountId, List<PairMeeting> meetings) {
        jdbi.useTransaction(h -> {
            for (PairMeeting meeting : meetings) {
                h.createUpdate("INSERT INTO roulette_meetings (series_id, account_id, group_id, period_start, member_ids) "
                                + "VALUES (:series, :account, :group, :period, :members)")
                        .bind("series", meeting.seriesId()).bind("account", accountId).bind("group", meeting.groupId())
                        .bind("period", meeting.periodStart().toString())
                        .bind("members", String.join(" ", meeting.memberIds())).execute();
            }
        });
    }

    @Override
    public List<PairMeeting> ofGroup(String accountId, String groupId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "AND m.group_id = :group ORDER BY m.period_start, m.series_id")
                .bind("account", accountId).bind("group", groupId).map(ROW).list());
    }

    @Override
    public Optional<PairMeeting> find(String accountId, String seriesId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "AND m.series_id = :series")
                .bind("account", accountId).bind("series", seriesId).map(ROW).findOne());
    }
}
