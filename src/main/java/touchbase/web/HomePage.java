package touchbase.web;

import java.util.List;

import java.util.Objects;
import java.util.Optional;

/**
 * The landing page: what Touchbase does and the way in ("Connect Google Calendar"), or, once signed
 * in, who is signed in with a Disconnect button, or a prompt to reconnect a disconnected account.
 *
 * @param signInAvailable false when no Google client is configured, so there is no way in yet
 */
public record HomePage(Pages.Banner banner, boolean signInAvailable, Optional<SignedIn> signedIn) {

    public HomePage {
        Objects.requireNonNull(banner, "banner must not be null");
        Objects.requireNonNull(signedIn, "signedIn must not be null");
    }

    /** The signed-in person, whether their calendar is connected, and the session's CSRF token for forms. */
    public record SignedIn(String email, boolean connected, String csrfToken, List<ColleagueRow> colleagues,
            String notice, Optional<FeedSection> feed) {
        public SignedIn(String email, boolean connected, String csrfToken) {
            this(email, connected, csrfToken, List.of(), "", Optional.empty());
        }

        public SignedIn(String email, boolean connected, String csrfToken, List<ColleagueRow> colleagues, String notice) {
            this(email, connected, csrfToken, colleagues, notice, Optional.empty());
        }

        SignedIn withFeed(Optional<FeedSection> section) {
            return new SignedIn(email, connected, csrfToken, colleagues, notice, section);
        }
    }

    /** The feed's links and its privacy setting. */
    public record FeedSection(String url, String webcalUrl, String googleAddUrl, boolean showsNames) {
    }

    /** One line of the relationship view: who, how often, the last and next touch-base, and what needs attention. */
    public record ColleagueRow(String id, String name, String email, String cadence, String last, String next,
            boolean overdue, String attention, boolean bookable) {
    }
}
