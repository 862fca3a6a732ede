package touchbase.feed;

/**
 * Port: a counter per account that goes up whenever something its feed shows is written, kept where
 * every instance sees it (the database), so an instance can tell that a feed it rendered is stale
 * although the change was made through another instance.
 */
public interface FeedVersions {

    /** The account's current version (0 before any change). */
    long current(String accountId);

    /** Counts the account's version up: its feed may have changed. */
    void advance(String accountId);

    /** Versions in this process only: for a single instance, or tests. */
    static FeedVersions inMemory() {
        java.util.Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();
        return new FeedVersions() {
            @Override
            public long current(String accountId) {
                return versions.getOrDefault(accountId, 0L);
            }

            @Override
            public void advance(String accountId) {
                versions.merge(accountId, 1L, Long::sum);
            }
        };
    }
}
