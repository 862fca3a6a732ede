package touchbase.web;

/**
 * The Feed page's view of the feed use case ({@code touchbase.feed.Feeds}, wired in {@code config}): the
 * account's subscription links, rotating them, and the privacy setting. Without it the Feed page says the
 * feed is not set up.
 */
public interface FeedLinks {

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

    /** The address of one series' {@code .ics} file, e.g. {@code /touchbases/ID.ics}. */
    default String seriesFile(String seriesId) {
        return "/touchbases/" + seriesId + ".ics";
    }
}
