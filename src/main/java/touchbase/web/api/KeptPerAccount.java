package touchbase.web.api;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * What the web layer made of an account's kept reads (the JSON of a list, the dashboard's parts), kept beside
 * the key it was made from: the use cases answer the same list instance for as long as it is current, so a
 * new list, or other settings, means a new value. At most {@link #MAX_ACCOUNTS} accounts are kept, the least
 * recently used dropped first.
 *
 * @param <K> what the value is made from
 * @param <V> the value
 */
public final class KeptPerAccount<K, V> {

    public static final int MAX_ACCOUNTS = 64;

    private final BiPredicate<K, K> same;
    private final Map<String, Entry<K, V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    private record Entry<K, V>(K key, V value, long usedAt) {
    }

    /** Values made again whenever the key is not {@code same} as the kept one's. */
    public KeptPerAccount(BiPredicate<K, K> same) {
        this.same = Objects.requireNonNull(same, "same must not be null");
    }

    /** The kept value when made from the same key, else {@code make}'s, kept. */
    public V get(String accountId, K key, Supplier<V> make) {
        Entry<K, V> entry = entries.get(accountId);
        if (entry != null && same.test(entry.key(), key)) {
            if (uses.get() - entry.usedAt() > MAX_ACCOUNTS) {
                entries.replace(accountId, entry, new Entry<>(key, entry.value(), uses.incrementAndGet()));
            }
            return entry.value();
        }
        V value = make.get();
        if (entries.size() >= MAX_ACCOUNTS && !entries.containsKey(accountId)) {
            entries.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().usedAt()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
        entries.put(accountId, new Entry<>(key, value, uses.incrementAndGet()));
        return value;
    }
}
