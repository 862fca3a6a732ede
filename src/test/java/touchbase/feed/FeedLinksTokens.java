package touchbase.feed;

/** Reads the token back out of a feed URL. */
final class FeedLinksTokens {

    private FeedLinksTokens() {
    }

    static String token(FeedLinks links) {
        String url = links.url();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
