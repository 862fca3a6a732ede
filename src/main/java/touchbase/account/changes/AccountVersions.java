package touchbase.account.changes;

/**
 * Port: a counter per account that goes up whenever something its reads show (the feed, the colleague and
 * series lists, the dashboard) is written, kept where every instance sees it (the database), so an instance
 * can tell that what it read is stale although the change was made through another instance.
 */
public interface AccountVersions {

    /** The account's current version (0 before any change). */
    long current(String accountId);

    /** Counts the account's version up: what was read of it may have changed. */
    void advance(String accountId);

    /** Versions in this process only: for a single instance, or tests. */
    static AccountVersions inMemory() {
        java.util.Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();
        return new AccountVersions() {
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
