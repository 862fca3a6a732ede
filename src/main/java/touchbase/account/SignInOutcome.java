package touchbase.account;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import touchbase.domain.AccountProfile;

/** How a sign-in ended. Every case is an expected outcome the page explains; none is an exception. */
public sealed interface SignInOutcome {

    /** The account is connected and a new session (with a new id) belongs to it. */
    record SignedIn(WebSession session, AccountProfile account) implements SignInOutcome {
        public SignedIn {
            Objects.requireNonNull(session, "session must not be null");
            Objects.requireNonNull(account, "account must not be null");
        }
    }

    /**
     * Google signed the person in without a refresh token (no consent screen: they granted access
     * before) and none is stored for their account, so the browser goes back to Google once more,
     * with {@code prompt=consent}. Nothing was stored.
     */
    record ConsentNeeded(URI authorizationUrl) implements SignInOutcome {
        public ConsentNeeded {
            Objects.requireNonNull(authorizationUrl, "authorizationUrl must not be null");
        }
    }

    /** The account is connected; no browser session was involved (the CLI login). */
    record Connected(AccountProfile account) implements SignInOutcome {
    }

    /**
     * The answer does not belong to a sign-in this browser started in the last ten minutes: missing,
     * unknown, used or expired {@code state}, or no session. Nothing was stored.
     */
    record InvalidState(String reason) implements SignInOutcome {
    }

    /** Google sent an error instead of a code; {@code access_denied} means the person said no. */
    record Denied(String error) implements SignInOutcome {
        public boolean isAccessDenied() {
            return "access_denied".equals(error);
        }
    }

    /** The person unticked permissions Touchbase needs; nothing was stored. */
    record MissingPermissions(List<GoogleScopes.Permission> missing) implements SignInOutcome {
        public MissingPermissions {
            missing = List.copyOf(missing);
        }
    }

    /** Google did not complete the sign-in (the code exchange or the profile failed). */
    record Failed(String reason) implements SignInOutcome {
    }
}
