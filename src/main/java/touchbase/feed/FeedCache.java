package touchbase.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import touchbase.account.changes.AccountChanges;

/**
 * Rendered feeds per account and view (the account's own feed, the shared one), kept until something
 * of that account changes or the feed's own validity ends. Whether something changed, through this instance
 * or another, is {@link AccountChanges}'s to tell (the stores' decorators in
 * {@link touchbase.account.changes.ChangeWatch} report every write): an invalidation during a render wins
 * (the stale render is not served to the next poll), and another instance's change is served within
 * {@link #CHECK_SHARED_EVERY}. A poll therefore costs at most one small query a second per feed, however many
 * polls there are.
 */
public final class FeedCache {

    /** How long a cached feed is served without asking the database whether another instance changed it. */
    public static final Duration CHECK_SHARED_EVERY = AccountChanges.CHECK_SHARED_EVERY;

    private final AccountChanges changes;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(AccountChanges.Stamp stamp, RenderedFeed feed) {
    }

    /** A cache for one process alone (no other instance writes the account's data). */
    public FeedCache() {
        this(new AccountChanges());
    }

    public FeedCache(AccountChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
    }

    /** Forgets the account's rendered feeds, here and (through the shared version) on every other instance. */
    public void invalidate(String accountId) {
        changes.changed(accountId);
    }

    /** The cached feed of the account's {@code view} if still current, else {@code render}'s, cached. */
    RenderedFeed get(String accountId, FeedTokens.Purpose view, Instant now, Supplier<RenderedFeed> render) {
        String key = key(accountId, view);
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.feed().validUntil())) {
            Optional<AccountChanges.Stamp> current = changes.current(entry.stamp(), now);
            if (current.isPresent()) {
                if (current.get() != entry.stamp()) {
                    entries.replace(key, entry, new Entry(current.get(), entry.feed()));
                }
                return entry.feed();
            }
        }
        AccountChanges.Stamp stamp = changes.stamp(accountId, now);
        RenderedFeed fresh = render.get();
        if (entry != null && entry.feed().etag().equals(fresh.etag())) {
            fresh = new RenderedFeed(fresh.bytes(), fresh.etag(), entry.feed().lastModified(), fresh.validUntil());
        }
        entries.put(key, new Entry(stamp, fresh));
        return fresh;
    }

    /** The cached feed of the account's {@code view} if it can be served without asking the database. */
    Optional<RenderedFeed> ready(String accountId, FeedTokens.Purpose view, Instant now) {
        Entry entry = entries.get(key(accountId, view));
        if (entry != null && now.isBefore(entry.feed().validUntil()) && changes.currentHere(entry.stamp(), now)) {
            return Optional.of(entry.feed());
        }
        return Optional.empty();
    }

    Optional<RenderedFeed> peek(String accountId) {
        return Optional.ofNullable(entries.get(key(accountId, FeedTokens.Purpose.OWN))).map(Entry::feed);
    }

    private static String key(String accountId, FeedTokens.Purpose view) {
        return view.name() + ":" + accountId;
    }
}
