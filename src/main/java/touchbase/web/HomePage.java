package touchbase.web;

import java.util.Objects;
import java.util.Optional;
import touchbase.web.pages.DashboardPage;

/**
 * The welcome page: what Touchbase does and the way in ("Connect Google Calendar"), or, for an account
 * whose Google access ended, the prompt to reconnect. (Signed in and connected, {@code /} is the
 * dashboard, {@link DashboardPage}.)
 *
 * @param signInAvailable false when no Google client is configured, so there is no way in yet
 */
public record HomePage(Shell shell, boolean signInAvailable, Optional<SignedIn> signedIn) {

    public HomePage {
        Objects.requireNonNull(shell, "shell must not be null");
        Objects.requireNonNull(signedIn, "signedIn must not be null");
    }

    /** The signed-in person, whether their calendar is connected, and the session's CSRF token for forms. */
    public record SignedIn(String email, boolean connected, String csrfToken) {
    }
}
