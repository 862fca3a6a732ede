package touchbase.web;

/**
 * HOOK for the feed (being written in the {@code feed} package): the Feed page reads the account's
 * subscription links and rotates them through this interface. {@code config} wires it to the feed
 * use case once that is merged; until then the Feed page says the feed is not set up.
 */
public interface FeedLinks {

    /** The https address, the same as {@code webcal://}, and Google Calendar's "add by URL" link. */
    public record Links(String url, String webcalUrl, String googleAddUrl) {
    }

    public Links forAccount(String accountId);

    /** Makes a new address; the old one stops working. */
    public Links rotate(String accountId);

    /** The address of one series' {@code .ics} file, e.g. {@code /touchbases/ID.ics}. */
    default String seriesFile(String seriesId) {
        return "/touchbases/" + seriesId + ".ics";
    }
}
