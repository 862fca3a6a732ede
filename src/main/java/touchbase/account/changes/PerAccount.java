package touchbase.account.changes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kept entry per account, for whatever is made from an account's reads ({@link AccountMemo}'s values, the
 * web layer's JSON and page parts): the caller says whether the kept entry is still current and how to make
 * a new one. Requests of one account that find nothing current wait for one of them to make it, rather than
 * all making it at once. At most {@link #MAX_ACCOUNTS} accounts are kept, the least recently used dropped first.
 *
 * @param <E> the entry
 */
public final class PerAccount<E> {

    public static final int MAX_ACCOUNTS = 64;

    private record Slot<E>(E entry, long usedAt) {
    }

    private final Map<String, Slot<E>> slots = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();
    private final Object[] locks = new Object[16];

    public PerAccount() {
        Arrays.setAll(locks, i -> new Object());
    }

    /**
     * The kept entry as {@code current} answers it (the same entry, or one renewed from it) when it is still
     * current, else {@code make}'s, kept.
     */
    public E get(String accountId, Function<E, Optional<E>> current, Supplier<E> make) {
        Optional<E> kept = kept(accountId, current);
        if (kept.isPresent()) {
            return kept.get();
        }
        synchronized (locks[Math.floorMod(accountId.hashCode(), locks.length)]) {
            kept = kept(accountId, current);
            if (kept.isPresent()) {
                return kept.get();
            }
            E made = make.get();
            if (slots.size() >= MAX_ACCOUNTS && !slots.containsKey(accountId)) {
                slots.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().usedAt()))
                        .ifPresent(oldest -> slots.remove(oldest.getKey(), oldest.getValue()));
            }
            slots.put(accountId, new Slot<>(made, uses.incrementAndGet()));
            return made;
        }
    }

    private Optional<E> kept(String accountId, Function<E, Optional<E>> current) {
        Slot<E> slot = slots.get(accountId);
        if (slot == null) {
            return Optional.empty();
        }
        Optional<E> entry = current.apply(slot.entry());
        entry.filter(e -> e != slot.entry() || uses.get() - slot.usedAt() > MAX_ACCOUNTS)
                .ifPresent(e -> slots.replace(accountId, slot, new Slot<>(e, uses.incrementAndGet())));
        return entry;
    }
}
