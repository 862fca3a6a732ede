package touchbase.storage;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import touchbase.booking.CalendarWrite;
import touchbase.booking.TouchBases;
import touchbase.domain.Conflict;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * Series in {@code touch_base_series}, their changes in {@code occurrence_exceptions} and the
 * outbox in {@code outbox}. Each method that changes more than one of them runs in one
 * transaction: either all of it is stored or none.
 */
public final class JdbiTouchBases implements TouchBases {

    /** The unique index of migration 7: at most one pending or booked series per colleague. */
    static final String ONE_LIVE_SERIES = "touch_base_series_one_live_per_colleague";
    static final String ONE_LIVE_GROUP_SERIES = "touch_base_series_one_live_per_group";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiTouchBases(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<TouchBase> find(String accountId, String seriesId) {
        return jdbi.withHandle(h -> h.createQuery(SeriesRows.SELECT + "WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", seriesId).map(SeriesRows::map).findOne());
    }

    @Override
    public List<TouchBase> forAccount(String accountId) {
        return jdbi.withHandle(h -> h.createQuery(SeriesRows.SELECT + "WHERE account_id = :account "
                        + "ORDER BY created_at, id")
                .bind("account", accountId).map(SeriesRows::map).list());
    }

    @Override
    public List<TouchBase> forColleague(String accountId, String colleagueId) {
        return jdbi.withHandle(h -> h.createQuery(SeriesRows.SELECT + "WHERE account_id = :account "
                        + "AND colleague_id = :colleague ORDER BY created_at, id")
                .bind("account", accountId).bind("colleague", colleagueId).map(SeriesRows::map).list());
    }

    @Override
    public List<String> accountsWithActiveSeries() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT account_id FROM touch_base_series "
                        + "WHERE status IN (:pending, :booked) ORDER BY account_id")
                .bind("pending", TouchBase.Status.PENDING.wireName())
                .bind("booked", TouchBase.Status.BOOKED.wireName())
                .mapTo(String.class).list());
    }

    @Override
    public List<OccurrenceChange> changes(String accountId, String seriesId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT e.* FROM occurrence_exceptions e "
                        + "JOIN touch_base_series s ON s.id = e.series_id "
                        + "WHERE s.account_id = :account AND e.series_id = :series ORDER BY e.original_start")
                .bind("account", accountId).bind("series", seriesId).map(OccurrenceChangeRows::map).list());
    }

    @Override
    public Map<String, List<OccurrenceChange>> changesOfAccount(String accountId) {
        List<OccurrenceChange> all = jdbi.withHandle(h -> h.createQuery("SELECT e.* FROM occurrence_exceptions e "
                        + "JOIN touch_base_series s ON s.id = e.series_id "
                        + "WHERE s.account_id = :account ORDER BY e.series_id, e.original_start")
                .bind("account", accountId).map(OccurrenceChangeRows::map).list());
        return all.stream().collect(Collectors.groupingBy(OccurrenceChange::seriesId, LinkedHashMap::new,
                Collectors.toList()));
    }

    /**
     * Stores the series with its changes and writes in one transaction.
     *
     * @throws Conflict when the series is live (pending or booked) and its colleague already has
     *     another live series: the database keeps one per colleague, whichever instance saves
     */
    @Override
    public void save(TouchBase series, List<OccurrenceChange> changes, List<CalendarWrite> writes) {
        saveAll(List.of(series), changes, writes);
    }

    /**
     * All series, their changes and their writes in one transaction (a reschedule ends one series
     * and starts another). Series that are not live are stored first, so a series that ends frees
     * its colleague for the one that replaces it.
     *
     * @throws Conflict as {@link #save} does
     */
    @Override
    public void saveAll(List<TouchBase> series, List<OccurrenceChange> changes, List<CalendarWrite> writes) {
        Instant now = clock.instant();
        List<TouchBase> endedFirst = series.stream().sorted(Comparator.comparing(TouchBase::isActive)).toList();
        inOneTransaction(series.size() == 1 ? "save series " + series.get(0).id() : "save " + series.size() + " series",
                h -> {
                    endedFirst.forEach(one -> SeriesRows.upsert(h, one));
                    changes.forEach(change -> OccurrenceChangeRows.upsert(h, change, now));
                    writes.forEach(write -> OutboxRows.insert(h, write, now));
                });
    }

    @Override
    public List<CalendarWrite> dueWrites(Instant now, int limit) {
        return jdbi.withHandle(h -> OutboxRows.due(h, now, limit));
    }

    @Override
    public List<CalendarWrite> claimDueWrites(Instant now, Instant leaseUntil, int limit) {
        try {
            return jdbi.inTransaction(h -> OutboxRows.claimDue(h, now, leaseUntil, limit));
        } catch (JdbiException e) {
            throw StorageException.cannot("claim due calendar writes", e);
        }
    }

    @Override
    public List<CalendarWrite> pendingWrites(String accountId, String seriesId) {
        return jdbi.withHandle(h -> OutboxRows.forSeries(h, accountId, seriesId));
    }

    @Override
    public java.util.Set<String> seriesWithPendingWrites(String accountId) {
        return jdbi.withHandle(h -> OutboxRows.seriesPending(h, accountId));
    }

    @Override
    public void completeWrite(String writeId, TouchBase series) {
        removeWriteAndStore(writeId, series);
    }

    @Override
    public void rescheduleWrite(CalendarWrite write) {
        jdbi.useHandle(h -> OutboxRows.reschedule(h, write, clock.instant()));
    }

    @Override
    public void resumeWrites(String accountId, Instant now) {
        jdbi.useHandle(h -> OutboxRows.resume(h, accountId, now));
    }

    @Override
    public void abandonWrite(String writeId, TouchBase series) {
        removeWriteAndStore(writeId, series);
    }

    private void removeWriteAndStore(String writeId, TouchBase series) {
        inOneTransaction("remove write " + writeId + " and save series " + series.id(), h -> {
            OutboxRows.delete(h, series.accountId(), writeId);
            SeriesRows.upsert(h, series);
        });
    }

    private void inOneTransaction(String what, HandleConsumer<RuntimeException> work) {
        try {
            jdbi.useTransaction(work);
        } catch (JdbiException e) {
            if (secondLiveSeries(e)) {
                throw new Conflict("the colleague is already booked: they have a pending or booked touch-base series "
                        + "(cannot " + what + ")");
            }
            throw StorageException.cannot(what, e);
        }
    }

    private boolean secondLiveSeries(JdbiException failure) {
        SqlDialect dialect = jdbi.withHandle(SqlDialect::of);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (dialect.violatesUniqueIndex(sql, ONE_LIVE_SERIES, "touch_base_series", "colleague_id")
                    || dialect.violatesUniqueIndex(sql, ONE_LIVE_GROUP_SERIES, "touch_base_series", "group_id"))) {
                return true;
            }
        }
        return false;
    }
}
