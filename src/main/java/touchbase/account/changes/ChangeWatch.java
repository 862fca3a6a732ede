package touchbase.account.changes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.booking.CalendarWrite;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * Store decorators that tell {@link AccountChanges} when what an account's reads show may have changed (its
 * feed, its colleague and series lists, its dashboard): every write of a series, its occurrence changes or its
 * outbox outcome, and every write of a colleague ({@link SettingsWatch} does the same for settings, groups and
 * last contacts). The composition root wraps the stores with them, so no use case has to remember a cache.
 */
public final class ChangeWatch {

    private ChangeWatch() {
    }

    public static TouchBases watching(TouchBases store, AccountChanges changes) {
        return new WatchedTouchBases(store, changes);
    }

    public static Colleagues watching(Colleagues store, AccountChanges changes) {
        return new WatchedColleagues(store, changes);
    }

    private record WatchedTouchBases(TouchBases store, AccountChanges watch) implements TouchBases {

        WatchedTouchBases {
            Objects.requireNonNull(store, "store must not be null");
            Objects.requireNonNull(watch, "watch must not be null");
        }

        @Override
        public Optional<TouchBase> find(String accountId, String seriesId) {
            return store.find(accountId, seriesId);
        }

        @Override
        public List<TouchBase> forAccount(String accountId) {
            return store.forAccount(accountId);
        }

        @Override
        public List<TouchBase> forColleague(String accountId, String colleagueId) {
            return store.forColleague(accountId, colleagueId);
        }

        @Override
        public List<String> accountsWithActiveSeries() {
            return store.accountsWithActiveSeries();
        }

        @Override
        public List<OccurrenceChange> changes(String accountId, String seriesId) {
            return store.changes(accountId, seriesId);
        }

        @Override
        public java.util.Map<String, List<OccurrenceChange>> changesOfAccount(String accountId) {
            return store.changesOfAccount(accountId);
        }

        @Override
        public void save(TouchBase series, List<OccurrenceChange> changes, List<CalendarWrite> writes) {
            watch.changedBy(series.accountId(), () -> store.save(series, changes, writes));
        }

        @Override
        public void saveAll(List<TouchBase> series, List<OccurrenceChange> changes, List<CalendarWrite> writes) {
            try {
                store.saveAll(series, changes, writes);
            } finally {
                series.forEach(one -> watch.changed(one.accountId()));
            }
        }

        @Override
        public List<CalendarWrite> dueWrites(Instant now, int limit) {
            return store.dueWrites(now, limit);
        }

        @Override
        public List<CalendarWrite> claimDueWrites(Instant now, Instant leaseUntil, int limit) {
            return store.claimDueWrites(now, leaseUntil, limit);
        }

        @Override
        public List<CalendarWrite> pendingWrites(String accountId, String seriesId) {
            return store.pendingWrites(accountId, seriesId);
        }

        @Override
        public java.util.Set<String> seriesWithPendingWrites(String accountId) {
            return store.seriesWithPendingWrites(accountId);
        }

        @Override
        public void completeWrite(String writeId, TouchBase series) {
            watch.changedBy(series.accountId(), () -> store.completeWrite(writeId, series));
        }

        @Override
        public void rescheduleWrite(CalendarWrite write) {
            store.rescheduleWrite(write);
        }

        @Override
        public void resumeWrites(String accountId, java.time.Instant now) {
            watch.changedBy(accountId, () -> store.resumeWrites(accountId, now));
        }

        @Override
        public void abandonWrite(String writeId, TouchBase series) {
            watch.changedBy(series.accountId(), () -> store.abandonWrite(writeId, series));
        }
    }

    private record WatchedColleagues(Colleagues store, AccountChanges watch) implements Colleagues {

        WatchedColleagues {
            Objects.requireNonNull(store, "store must not be null");
            Objects.requireNonNull(watch, "watch must not be null");
        }

        @Override
        public List<Colleague> all(String accountId) {
            return store.all(accountId);
        }

        @Override
        public Optional<Colleague> find(String accountId, String colleagueId) {
            return store.find(accountId, colleagueId);
        }

        @Override
        public List<String> accountsWithColleagues() {
            return store.accountsWithColleagues();
        }

        @Override
        public Optional<Colleague> findByEmail(String accountId, String email) {
            return store.findByEmail(accountId, email);
        }

        @Override
        public void save(String accountId, Colleague colleague) {
            watch.changedBy(accountId, () -> store.save(accountId, colleague));
        }

        @Override
        public void delete(String accountId, String colleagueId) {
            watch.changedBy(accountId, () -> store.delete(accountId, colleagueId));
        }
    }
}
