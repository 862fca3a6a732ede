package touchbase.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in that went to Google and has not come back yet: the {@code state} sent along, the PKCE
 * verifier kept server-side, when the attempt stops being accepted, and whether Google was asked to
 * show its consent screen ({@code prompt=consent}), so a sign-in asks for consent again at most once.
 */
public record PendingSignIn(String state, String codeVerifier, Instant expiresAt, boolean askedConsent) {

    /** The most sign-ins pending on one browser session; a new one past it replaces the oldest. */
    public static final int MAX_PER_BROWSER = 5;

    public PendingSignIn {
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(codeVerifier, "codeVerifier must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    }

    @Override
    public String toString() {
        return "PendingSignIn[state=***, codeVerifier=***, expiresAt=" + expiresAt + "]";
    }
}
