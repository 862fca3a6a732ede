package touchbase.booking;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * Port: the touch-base series, their per-occurrence changes, and the outbox of calendar writes.
 * Every method that takes writes stores them in the same transaction as the series, so a decision
 * and its pending write to Google are never apart.
 */
public interface TouchBases {

    Optional<TouchBase> find(String accountId, String seriesId);

    List<TouchBase> forAccount(String accountId);

    List<TouchBase> forColleague(String accountId, String colleagueId);

    /** Every account that has at least one active (pending or booked) series. */
    List<String> accountsWithActiveSeries();

    List<OccurrenceChange> changes(String accountId, String seriesId);

    /**
     * The occurrence changes of every series of the account, by series id (a series without changes is
     * absent), in one read, so a list costs the same whatever its length.
     */
    default Map<String, List<OccurrenceChange>> changesOfAccount(String accountId) {
        Map<String, List<OccurrenceChange>> bySeries = new HashMap<>();
        for (TouchBase series : forAccount(accountId)) {
            List<OccurrenceChange> changes = changes(accountId, series.id());
            if (!changes.isEmpty()) {
                bySeries.put(series.id(), changes);
            }
        }
        return bySeries;
    }

    /**
     * Stores the series (insert or update by id), adds or replaces the given occurrence changes
     * (by series and original start), and queues the writes, all in one transaction.
     *
     * @throws touchbase.domain.Conflict when the series is active (pending or booked) and its
     *     colleague already has another active series: one per colleague, even when saves race
     */
    void save(TouchBase series, List<OccurrenceChange> changes, List<CalendarWrite> writes);

    /**
     * Stores several series with their changes and writes in one transaction, as {@link #save} does for
     * one: a reschedule ends the old series and starts the new one together. Changes and writes are
     * matched to their series by {@code seriesId}. The default saves series by series, which is not
     * atomic: a store with transactions should override it.
     */
    default void saveAll(List<TouchBase> series, List<OccurrenceChange> changes, List<CalendarWrite> writes) {
        for (TouchBase one : series) {
            save(one,
                    changes.stream().filter(change -> change.seriesId().equals(one.id())).toList(),
                    writes.stream().filter(write -> write.seriesId().equals(one.id())).toList());
        }
    }

    /** Writes whose time has come, oldest first, at most {@code limit}. */
    List<CalendarWrite> dueWrites(Instant now, int limit);

    /**
     * Claims up to {@code limit} due writes, oldest first, for the worker that asks: they are not due
     * again for anyone until {@code leaseUntil}, and two workers asking at once never get the same
     * write. They are returned as they were, so a write the worker does not finish is given back with
     * {@link #rescheduleWrite} of that value; a worker that dies leaves its writes due at the lease's end.
     */
    List<CalendarWrite> claimDueWrites(Instant now, Instant leaseUntil, int limit);

    /** Pending writes for one series (to tell a person what is still on its way). */
    List<CalendarWrite> pendingWrites(String accountId, String seriesId);

    /** The ids of the account's series that have pending writes (one read, whatever the number of series). */
    java.util.Set<String> seriesWithPendingWrites(String accountId);

    /**
     * The write is done: removes it and stores the series as Google now has it, in one transaction
     * (both within the series' account).
     */
    void completeWrite(String writeId, TouchBase series);

    /** The write failed for now: stores its new attempt count, next time and error. */
    void rescheduleWrite(CalendarWrite write);

    /**
     * The account was connected again: every write of it that waits for a later attempt is due at
     * {@code now} (one a worker holds now may then be applied twice, which is safe: see OutboxWorker).
     */
    void resumeWrites(String accountId, Instant now);

    /** The write failed for good: removes it and stores the series with its failure reason. */
    void abandonWrite(String writeId, TouchBase series);
}
