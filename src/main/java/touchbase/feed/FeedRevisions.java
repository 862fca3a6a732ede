package touchbase.feed;

import java.time.Instant;
import java.util.Map;

/**
 * Port: the revision of each series as the feed last published it. The feed's SEQUENCE must grow
 * with every change of an event (RFC 5545 section 3.8.7.4), and Touchbase's own records do not count
 * changes, so the feed counts them: a revision goes up whenever the fingerprint of what is published
 * for the series differs from the stored one.
 */
public interface FeedRevisions {

    /**
     * Stores the fingerprints of the account's series (by series id) and answers each one's revision:
     * unchanged for a known fingerprint, one more (revised {@code now}) for a changed one, 0 for a new one.
     */
    Map<String, Revision> revise(String accountId, Map<String, String> fingerprints, Instant now);

    /** How often a series changed in the feed, and when it last did. */
    record Revision(int number, Instant revisedAt) {
    }
}
