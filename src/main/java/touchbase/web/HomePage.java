package touchbase.web;

import java.util.List;

import java.util.Objects;
import java.util.Optional;

/**
 * The landing page: what Touchbase does and the way in ("Connect Google Calendar"), or, once signed
 * in, who is signed in with a Disconnect button, or a prompt to reconnect a disconnected account.
 *
 * @param signInAvailable false when no Google client is configured, so there is no way in yet
 * @param notice what the welcome page announces (from a fixed {@link Notice} code), if anything
 */
public record HomePage(Pages.Banner banner, boolean signInAvailable, Optional<SignedIn> signedIn,
        Optional<Notice> notice) {

    public HomePage {
        Objects.requireNonNull(banner, "banner must not be null");
        Objects.requireNonNull(signedIn, "signedIn must not be null");
        Objects.requireNonNull(notice, "notice must not be null");
    }

    public HomePage(Pages.Banner banner, boolean signInAvailable, Optional<SignedIn> signedIn) {
        this(banner, signInAvailable, signedIn, Optional.empty());
    }

    /** The signed-in person, whether their calendar is connected, and the session's CSRF token for forms. */
    public record SignedIn(String email, boolean connected, String csrfToken, List<ColleagueRow> colleagues,
            String notice) {
        public SignedIn(String email, boolean connected, String csrfToken) {
            this(email, connected, csrfToken, List.of(), "");
        }
    }

    /** One line of the relationship view: who, how often, the last and next touch-base, and what needs attention. */
    public record ColleagueRow(String id, String name, String email, String cadence, String last, String next,
            boolean overdue, String attention, boolean bookable) {
    }
}
