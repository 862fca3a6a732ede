package touchbase.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.TouchBase;
import touchbase.upkeep.Relationship;

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

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

        static ColleagueRow of(Relationship r) {
            return new ColleagueRow(r.colleague().id(), r.colleague().displayName(), r.colleague().email(), r.cadence(),
                    r.lastHeld().map(WHEN::format).orElse("none yet"), r.next().map(WHEN::format).orElse("not booked"),
                    r.overdue(), r.attention().orElse(""),
                    !r.colleague().paused() && r.series().filter(TouchBase::isActive).isEmpty());
        }
    }
}
