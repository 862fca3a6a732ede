package touchbase.feed;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered feeds per account, kept until something of that account changes ({@link #invalidate}, called
 * by the stores the feed reads: see {@link FeedInvalidation}) or the feed's own validity ends. A
 * version counter per account makes an invalidation during a render win: the stale render is not
 * served to the next poll. In memory: one process serves the feed.
 */
public final class FeedCache {

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long version, RenderedFeed feed) {
    }

    /** Forgets the account's rendered feed: its series, colleagues or settings changed. */
    public void invalidate(String accountId) {
        versions.merge(accountId, 1L, Long::sum);
    }

    /** The cached feed if still current, else {@code render}'s, cached. */
    RenderedFeed get(String accountId, Instant now, Supplier<RenderedFeed> render) {
        long version = versions.getOrDefault(accountId, 0L);
        Entry entry = entries.get(accountId);
        if (entry != null && entry.version() == version && now.isBefore(entry.feed().validUntil())) {
            return entry.feed();
        }
        RenderedFeed fresh = render.get();
        if (entry != null && entry.feed().etag().equals(fresh.etag())) {
            fresh = new RenderedFeed(fresh.bytes(), fresh.etag(), entry.feed().lastModified(), fresh.validUntil());
        }
        entries.put(accountId, new Entry(version, fresh));
        return fresh;
    }

    Optional<RenderedFeed> peek(String accountId) {
        return Optional.ofNullable(entries.get(accountId)).map(Entry::feed);
    }
}
