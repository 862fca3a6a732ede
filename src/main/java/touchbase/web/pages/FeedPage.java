package touchbase.web.pages;

import java.util.Optional;
import touchbase.web.FeedLinks;
import touchbase.web.Shell;

/**
 * The calendar feed: the subscription address with a copy button, the {@code webcal://} link, "Add to
 * Google Calendar", the honest note on how often calendars refresh, rotating the address (with
 * a confirmation step), and the sharing address ({@code sharing}, empty until made; stopping it asks
 * first). Empty {@code links} while the feed is not wired (see {@link FeedLinks}).
 */
public record FeedPage(Shell shell, Optional<FeedLinks.Links> links, boolean confirmRotate,
        Optional<FeedLinks.Sharing> sharing, boolean confirmStopSharing) {
}
