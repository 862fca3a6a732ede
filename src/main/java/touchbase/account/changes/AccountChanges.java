package touchbase.account.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whether what was read of an account is still current. Changes are seen two ways:
 * <ul>
 * <li>through this instance ({@link #changed}, called by the stores' decorators in {@link ChangeWatch}): a
 * version per account here, so a read made before a write is never served after it, not even when the write
 * came while the read ran (the read's {@link Stamp} is taken before it);</li>
 * <li>through another instance: {@link #changed} also counts up the account's {@link AccountVersions} in the
 * database, and a stamp not checked for {@link #CHECK_SHARED_EVERY} is compared with it again, so another
 * instance's change is seen within about that long.</li>
 * </ul>
 * A cached read therefore costs at most one small query a second per account, however many reads there are.
 * The feed's cache and the read model's ({@link AccountMemo}) both rest on this one piece.
 */
public final class AccountChanges {

    /** How long a stamp is trusted without asking the database whether another instance changed the account. */
    public static final Duration CHECK_SHARED_EVERY = Duration.ofSeconds(1);

    private final AccountVersions shared;
    private final Map<String, Long> local = new ConcurrentHashMap<>();

    /** For one process alone (no other instance writes the account's data). */
    public AccountChanges() {
        this(AccountVersions.inMemory());
    }

    public AccountChanges(AccountVersions shared) {
        this.shared = Objects.requireNonNull(shared, "shared must not be null");
    }

    /** What a read of the account was made from: the versions when it began and when they were last checked. */
    public record Stamp(String accountId, long local, long shared, Instant checkedAt) {
        public Stamp {
            Objects.requireNonNull(accountId, "accountId must not be null");
            Objects.requireNonNull(checkedAt, "checkedAt must not be null");
        }
    }

    /** Something the account's reads show changed: here at once, on every other instance within a second. */
    public void changed(String accountId) {
        local.merge(accountId, 1L, Long::sum);
        shared.advance(accountId);
    }

    /** Runs a write of the account's data and then counts it as a change, even when the write fails part-way. */
    public void changedBy(String accountId, Runnable write) {
        try {
            write.run();
        } finally {
            changed(accountId);
        }
    }

    /** Taken before a read begins. */
    public Stamp stamp(String accountId, Instant now) {
        long version = local.getOrDefault(accountId, 0L);
        return new Stamp(accountId, version, shared.current(accountId), now);
    }

    /**
     * Whether the stamp is current without asking the database: nothing changed here since it was taken and
     * it was checked less than {@link #CHECK_SHARED_EVERY} ago (false means: ask {@link #current}).
     */
    public boolean currentHere(Stamp stamp, Instant now) {
        return local.getOrDefault(stamp.accountId(), 0L) == stamp.local()
                && now.isBefore(stamp.checkedAt().plus(CHECK_SHARED_EVERY)) && !now.isBefore(stamp.checkedAt());
    }

    /**
     * The stamp (re-checked against the database if it was not for {@link #CHECK_SHARED_EVERY}) when nothing
     * of the account changed since it was taken; empty when something did.
     */
    public Optional<Stamp> current(Stamp stamp, Instant now) {
        if (currentHere(stamp, now)) {
            return Optional.of(stamp);
        }
        if (local.getOrDefault(stamp.accountId(), 0L) != stamp.local()) {
            return Optional.empty();
        }
        if (shared.current(stamp.accountId()) != stamp.shared()) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(stamp.accountId(), stamp.local(), stamp.shared(), now));
    }
}
