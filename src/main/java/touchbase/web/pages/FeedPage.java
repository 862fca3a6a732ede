package touchbase.web.pages;

import java.util.Optional;
import touchbase.web.FeedLinks;
import touchbase.web.Shell;

/**
 * The calendar feed: the subscription address with a copy button, the {@code webcal://} link, "Add to
 * Google Calendar", the honest note on how often calendars refresh, and rotating the address (with
 * a confirmation step). Empty {@code links} while the feed is not wired (see {@link FeedLinks}).
 */
public record FeedPage(Shell shell, Optional<FeedLinks.Links> links, boolean confirmRotate) {
}
