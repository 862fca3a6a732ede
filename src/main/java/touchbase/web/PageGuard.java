package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/**
 * Who is looking at a page. A page asked for without a signed-in, connected account sends the browser
 * to the welcome page; a form posted without a session gets the expired-session page (401), and one
 * without the session's CSRF token is refused (403).
 */
public final class PageGuard {

    private final SignInService signIn;
    private final SessionCookie cookie;

    public PageGuard(SignInService signIn, SessionCookie cookie) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
    }

    /** The signed-in person, if any (connected or not). */
    public Optional<ApiCaller> visitor(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<AccountProfile> account = session.flatMap(signIn::account);
        return account.map(a -> new ApiCaller(a, session.get()));
    }

    /** For a page (GET): the signed-in, connected person. */
    public ApiCaller page(Context ctx) {
        ApiCaller caller = visitor(ctx).filter(c -> c.account().isConnected())
                .orElseThrow(() -> new SessionRequired(false));
        ctx.header("Cache-Control", "no-store");
        return caller;
    }

    /** For a form (POST): the signed-in, connected person who sent the session's CSRF token. */
    public ApiCaller form(Context ctx) {
        ApiCaller caller = visitor(ctx).filter(c -> c.account().isConnected())
                .orElseThrow(() -> new SessionRequired(true));
        if (!ApiGuard.sameSecret(caller.session().csrfToken(), ctx.formParam("csrf"))) {
            throw new BadRequest(HttpStatus.FORBIDDEN, "csrf",
                    "This form did not come from your Touchbase session. Open Touchbase and try again.");
        }
        return caller;
    }

    /** No signed-in session where a page or form needs one. */
    public static final class SessionRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean form;

        SessionRequired(boolean form) {
            super("sign in first");
            this.form = form;
        }

        boolean form() {
            return form;
        }
    }
}
