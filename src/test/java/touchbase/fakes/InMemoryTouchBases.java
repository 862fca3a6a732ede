package touchbase.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.booking.CalendarWrite;
import touchbase.booking.TouchBases;
import touchbase.domain.Conflict;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * Series, changes and the outbox in maps. Every method applies all its parts or none (a simulated
 * crash throws before anything is stored), which is the transactional contract of the port.
 * Writes come back oldest first by createdAt, then id.
 */
public final class InMemoryTouchBases implements TouchBases {

    private static final Comparator<CalendarWrite> ORDER = Comparator.comparing(CalendarWrite::createdAt)
            .thenComparing(CalendarWrite::id);

    private final Map<String, TouchBase> series = new LinkedHashMap<>();
    private final Map<String, Map<Instant, OccurrenceChange>> changes = new LinkedHashMap<>();
    private final Map<String, CalendarWrite> writes = new LinkedHashMap<>();
    private int crashesBeforeComplete;

    /** The next {@code count} calls of completeWrite die (a {@link SimulatedCrash}) as the process would, storing nothing. */
    public synchronized void crashBeforeComplete(int count) {
        crashesBeforeComplete = count;
    }

    @Override
    public synchronized Optional<TouchBase> find(String accountId, String seriesId) {
        return Optional.ofNullable(series.get(seriesId)).filter(s -> s.accountId().equals(accountId));
    }

    @Override
    public synchronized List<TouchBase> forAccount(String accountId) {
        return series.values().stream().filter(s -> s.accountId().equals(accountId)).toList();
    }

    @Override
    public synchronized List<TouchBase> forColleague(String accountId, String colleagueId) {
        return series.values().stream()
                .filter(s -> s.accountId().equals(accountId) && s.colleagueId().equals(colleagueId))
                .toList();
    }

    @Override
    public synchronized List<String> accountsWithActiveSeries() {
        return series.values().stream().filter(TouchBase::isActive).map(TouchBase::accountId).distinct().toList();
    }

    @Override
    public synchronized List<OccurrenceChange> changes(String accountId, String seriesId) {
        if (find(accountId, seriesId).isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(changes.getOrDefault(seriesId, Map.of()).values());
    }

    @Override
    public synchronized void save(TouchBase one, List<OccurrenceChange> newChanges, List<CalendarWrite> newWrites) {
        if (one.isActive() && series.values().stream().anyMatch(other -> other.isActive()
                && !other.id().equals(one.id()) && other.colleagueId().equals(one.colleagueId()))) {
            throw new Conflict("the colleague is already booked (as the database's unique index would say)");
        }
        series.put(one.id(), one);
        for (OccurrenceChange change : newChanges) {
            changes.computeIfAbsent(change.seriesId(), id -> new LinkedHashMap<>())
                    .put(change.originalStart().toInstant(), change);
        }
        newWrites.forEach(write -> writes.put(write.id(), write));
    }

    @Override
    public synchronized void saveAll(List<TouchBase> many, List<OccurrenceChange> newChanges,
            List<CalendarWrite> newWrites) {
        many.forEach(one -> series.put(one.id(), one));
        save(many.get(0), newChanges, newWrites);
    }

    @Override
    public synchronized List<CalendarWrite> dueWrites(Instant now, int limit) {
        return writes.values().stream().filter(w -> !w.nextAttemptAt().isAfter(now)).sorted(ORDER).limit(limit)
                .toList();
    }

    @Override
    public synchronized List<CalendarWrite> claimDueWrites(Instant now, Instant leaseUntil, int limit) {
        List<CalendarWrite> due = dueWrites(now, limit);
        due.forEach(w -> writes.put(w.id(), new CalendarWrite(w.id(), w.accountId(), w.seriesId(), w.kind(),
                w.occurrence(), w.newStart(), w.attempts(), leaseUntil, w.lastError(), w.createdAt())));
        return due;
    }

    @Override
    public synchronized List<CalendarWrite> pendingWrites(String accountId, String seriesId) {
        return writes.values().stream().filter(w -> w.accountId().equals(accountId) && w.seriesId().equals(seriesId))
                .sorted(ORDER).toList();
    }

    @Override
    public synchronized java.util.Set<String> seriesWithPendingWrites(String accountId) {
        return writes.values().stream().filter(w -> w.accountId().equals(accountId)).map(CalendarWrite::seriesId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Every queued write, oldest first. */
    public synchronized List<CalendarWrite> allWrites() {
        return writes.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized void completeWrite(String writeId, TouchBase updated) {
        if (crashesBeforeComplete > 0) {
            crashesBeforeComplete--;
            throw new SimulatedCrash("the process died before completing write " + writeId);
        }
        requireWrite(writeId);
        writes.remove(writeId);
        series.put(updated.id(), updated);
    }

    @Override
    public synchronized void rescheduleWrite(CalendarWrite write) {
        requireWrite(write.id());
        writes.put(write.id(), write);
    }

    @Override
    public synchronized void resumeWrites(String accountId, Instant now) {
        writes.replaceAll((id, w) -> !w.accountId().equals(accountId) || !w.nextAttemptAt().isAfter(now) ? w
                : new CalendarWrite(w.id(), w.accountId(), w.seriesId(), w.kind(), w.occurrence(), w.newStart(),
                        w.attempts(), now, w.lastError(), w.createdAt()));
    }

    @Override
    public synchronized void abandonWrite(String writeId, TouchBase updated) {
        requireWrite(writeId);
        writes.remove(writeId);
        series.put(updated.id(), updated);
    }

    private void requireWrite(String writeId) {
        if (!writes.containsKey(writeId)) {
            throw new IllegalStateException("no pending write " + writeId);
        }
    }
}
