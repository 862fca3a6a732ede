package touchbase.feed;

/**
 * Port: what an account chose to show in its feed. Kept apart from the planning settings, since the
 * feed reads it on every render and nothing else does.
 */
public interface FeedSettings {

    /** Whether events name the colleague and list their email (default true); else just "Touch-base". */
    boolean showsNames(String accountId);

    void setShowsNames(String accountId, boolean showsNames);
}
