package touchbase.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a feed can be subscribed: the https (or http) URL, the same as {@code webcal://} (which calendar
 * apps open as a subscription), and a link that opens Google Calendar's "add by URL" with it
 * ({@code https://calendar.google.com/calendar/render?cid=} and the URL-encoded webcal URL, the form
 * Google's help once documented for "subscribe" buttons).
 */
public record FeedLinks(String url, String webcalUrl, String googleAddUrl) {

    public FeedLinks {
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(webcalUrl, "webcalUrl must not be null");
        Objects.requireNonNull(googleAddUrl, "googleAddUrl must not be null");
    }

    static FeedLinks of(URI baseUrl, String token) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        String url = base + "/feed/" + token + ".ics";
        String webcal = "webcal" + url.substring(url.indexOf("://"));
        return new FeedLinks(url, webcal, "https://calendar.google.com/calendar/render?cid="
                + URLEncoder.encode(webcal, StandardCharsets.UTF_8));
    }
}
