package touchbase.web;

import java.util.Optional;

/**
 * The Feed page's view of the feed use case ({@code touchbase.feed.Feeds}, wired in {@code config}): the
 * account's subscription links, rotating them, the privacy setting and the sharing address. Without it the
 * Feed page says the feed is not set up.
 */
public interface FeedLinks {

    /** A sharing address (a read-only copy for others, never showing attendees) in its three forms. */
    record Sharing(String url, String webcalUrl, String googleAddUrl) {
    }

    /**
     * The https address, the same as {@code webcal://}, Google Calendar's "add by URL" link, and whether
     * the feed shows colleagues' names and emails.
     */
    record Links(String url, String webcalUrl, String googleAddUrl, boolean showsNames) {
    }

    Links forAccount(String accountId);

    /** Makes a new address; the old one stops working. */
    Links rotate(String accountId);

    /** Whether the feed shows colleagues' names and emails, or only "Touch-base". */
    void showNames(String accountId, boolean show);

    /** The sharing address, if the account made one. */
    Optional<Sharing> sharing(String accountId);

    /** Makes (or replaces) the sharing address; a replaced one stops working. */
    Sharing share(String accountId);

    /** Ends the sharing address: it stops working; the account's own address is untouched. */
    void stopSharing(String accountId);

    /** The address of one series' {@code .ics} file, e.g. {@code /touchbases/ID.ics}. */
    default String seriesFile(String seriesId) {
        return "/touchbases/" + seriesId + ".ics";
    }
}
