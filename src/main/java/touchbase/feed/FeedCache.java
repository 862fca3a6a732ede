package touchbase.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered feeds per account and view (the account's own feed, the shared one), kept until something
 * of that account changes or the feed's own validity ends. Changes are seen two ways:
 * <ul>
 * <li>through this instance ({@link #invalidate}, called by the stores the feed reads: see
 * {@link FeedInvalidation}): a version counter per account here makes the next poll render again, and an
 * invalidation during a render win (the stale render is not served to the next poll);</li>
 * <li>through another instance: {@link #invalidate} also counts up the account's {@link FeedVersions} in the
 * database, and a cached feed not checked for {@link #CHECK_SHARED_EVERY} is compared with it before it is
 * served, so another instance's change is served within about that long.</li>
 * </ul>
 * A poll therefore costs at most one small query a second per feed, however many polls there are.
 */
public final class FeedCache {

    /** How long a cached feed is served without asking the database whether another instance changed it. */
    public static final Duration CHECK_SHARED_EVERY = Duration.ofSeconds(1);

    private final FeedVersions shared;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long version, long sharedVersion, Instant checkedAt, RenderedFeed feed) {
    }

    /** A cache for one process alone (no other instance writes the account's data). */
    public FeedCache() {
        this(FeedVersions.inMemory());
    }

    public FeedCache(FeedVersions shared) {
        this.shared = Objects.requireNonNull(shared, "shared must not be null");
    }

    /** Forgets the account's rendered feeds, here and (through the shared version) on every other instance. */
    public void invalidate(String accountId) {
        versions.merge(accountId, 1L, Long::sum);
        shared.advance(accountId);
    }

    /** The cached feed of the account's {@code view} if still current, else {@code render}'s, cached. */
    RenderedFeed get(String accountId, FeedTokens.Purpose view, Instant now, Supplier<RenderedFeed> render) {
        String key = key(accountId, view);
        long version = versions.getOrDefault(accountId, 0L);
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now.isBefore(entry.feed().validUntil())) {
            if (now.isBefore(entry.checkedAt().plus(CHECK_SHARED_EVERY))) {
                return entry.feed();
            }
            if (shared.current(accountId) == entry.sharedVersion()) {
                entries.replace(key, entry, new Entry(entry.version(), entry.sharedVersion(), now, entry.feed()));
                return entry.feed();
            }
        }
        long sharedVersion = shared.current(accountId);
        RenderedFeed fresh = render.get();
        if (entry != null && entry.feed().etag().equals(fresh.etag())) {
            fresh = new RenderedFeed(fresh.bytes(), fresh.etag(), entry.feed().lastModified(), fresh.validUntil());
        }
        entries.put(key, new Entry(version, sharedVersion, now, fresh));
        return fresh;
    }

    /** The cached feed of the account's {@code view} if it can be served without asking the database. */
    Optional<RenderedFeed> ready(String accountId, FeedTokens.Purpose view, Instant now) {
        Entry entry = entries.get(key(accountId, view));
        if (entry != null && entry.version() == versions.getOrDefault(accountId, 0L)
                && now.isBefore(entry.feed().validUntil()) && now.isBefore(entry.checkedAt().plus(CHECK_SHARED_EVERY))) {
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
