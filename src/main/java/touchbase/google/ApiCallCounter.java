package touchbase.google;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts Google API HTTP attempts (retries included) per piece of work. Work is named by a scope
 * opened on the calling thread: {@code try (var scope = counter.scope("plan")) { ... }}; attempts
 * outside any scope count as {@value #UNSCOPED}.
 */
public final class ApiCallCounter {

    public static final String UNSCOPED = "unscoped";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ThreadLocal<String> currentWork = ThreadLocal.withInitial(() -> UNSCOPED);

    /** Counts this thread's attempts as {@code work} until the scope is closed. Scopes nest. */
    public Scope scope(String work) {
        Objects.requireNonNull(work, "work must not be null");
        Scope scope = new Scope(currentWork.get());
        currentWork.set(work);
        return scope;
    }

    void recordAttempt() {
        counts.computeIfAbsent(currentWork.get(), work -> new LongAdder()).increment();
    }

    public long count(String work) {
        LongAdder adder = counts.get(work);
        return adder == null ? 0 : adder.sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** A snapshot: attempts per piece of work, sorted by name. */
    public Map<String, Long> counts() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((work, adder) -> snapshot.put(work, adder.sum()));
        return snapshot;
    }

    /** Restores the enclosing piece of work when closed. */
    public final class Scope implements AutoCloseable {
        private final String enclosing;

        private Scope(String enclosing) {
            this.enclosing = enclosing;
        }

        @Override
        public void close() {
            currentWork.set(enclosing);
        }
    }
}
