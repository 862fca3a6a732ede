package touchbase.account.changes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One value per account read from its data (the relationships, the series with their changes), kept while
 * {@link AccountChanges} says nothing of the account changed and until the value's own validity ends (the
 * next touch-base start, say, when a "next" becomes a "last"). Kept in a {@link PerAccount}.
 *
 * @param <V> the value
 */
public final class AccountMemo<V> {

    /** Past this many accounts the one used longest ago is dropped. */
    public static final int MAX_ACCOUNTS = PerAccount.MAX_ACCOUNTS;

    private final AccountChanges changes;
    private final Function<V, Instant> validUntil;
    private final PerAccount<Entry<V>> entries = new PerAccount<>();

    private record Entry<V>(AccountChanges.Stamp stamp, V value, Instant validUntil) {
    }

    /** Values valid until a change of their account or {@code validUntil} of the value, whichever comes first. */
    public AccountMemo(AccountChanges changes, Function<V, Instant> validUntil) {
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil must not be null");
    }

    /** The account's kept value if still current at {@code now}, else {@code read}'s, kept. */
    public V get(String accountId, Instant now, Supplier<V> read) {
        return entries.get(accountId, entry -> current(entry, now), () -> {
            AccountChanges.Stamp stamp = changes.stamp(accountId, now);
            V value = read.get();
            return new Entry<>(stamp, value, validUntil.apply(value));
        }).value();
    }

    /** The entry (with its stamp renewed when checked again) while nothing changed and it is valid. */
    private Optional<Entry<V>> current(Entry<V> entry, Instant now) {
        if (!now.isBefore(entry.validUntil()) || now.isBefore(entry.stamp().checkedAt())) {
            return Optional.empty();
        }
        return changes.current(entry.stamp(), now).map(stamp -> stamp == entry.stamp() ? entry
                : new Entry<>(stamp, entry.value(), entry.validUntil()));
    }
}
