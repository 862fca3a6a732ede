package touchbase.account.changes;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One value per account read from its data (the relationships, the series with their changes), kept while
 * {@link AccountChanges} says nothing of the account changed and until the value's own validity ends (the
 * next touch-base start, say, when a "next" becomes a "last"). At most {@link #MAX_ACCOUNTS} accounts are kept.
 *
 * @param <V> the value
 */
public final class AccountMemo<V> {

    /** Past this many accounts the expired values are dropped, else the one checked longest ago. */
    public static final int MAX_ACCOUNTS = 64;

    private final AccountChanges changes;
    private final Function<V, Instant> validUntil;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(AccountChanges.Stamp stamp, V value, Instant validUntil) {
    }

    /** Values valid until a change of their account or {@code validUntil} of the value, whichever comes first. */
    public AccountMemo(AccountChanges changes, Function<V, Instant> validUntil) {
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil must not be null");
    }

    /** The account's kept value if still current at {@code now}, else {@code read}'s, kept. */
    public V get(String accountId, Instant now, Supplier<V> read) {
        Entry<V> entry = entries.get(accountId);
        if (entry != null && now.isBefore(entry.validUntil()) && !now.isBefore(entry.stamp().checkedAt())) {
            var current = changes.current(entry.stamp(), now);
            if (current.isPresent()) {
                if (current.get() != entry.stamp()) {
                    entries.replace(accountId, entry, new Entry<>(current.get(), entry.value(), entry.validUntil()));
                }
                return entry.value();
            }
        }
        AccountChanges.Stamp stamp = changes.stamp(accountId, now);
        V value = read.get();
        if (entries.size() >= MAX_ACCOUNTS && !entries.containsKey(accountId)) {
            entries.values().removeIf(e -> !now.isBefore(e.validUntil()));
            entries.entrySet().stream().filter(e -> entries.size() >= MAX_ACCOUNTS)
                    .min(Comparator.comparing(e -> e.getValue().stamp().checkedAt()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
        entries.put(accountId, new Entry<>(stamp, value, validUntil.apply(value)));
        return value;
    }
}
