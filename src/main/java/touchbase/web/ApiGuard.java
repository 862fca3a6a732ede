package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/**
 * Guards {@code /api/*}: the caller must be signed in (else 401), and every state-changing call
 * must carry the session's CSRF token in {@code X-CSRF-Token} (else 403); {@code GET /api/me}
 * hands the token out.
 */
public final class ApiGuard {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SignInService signIn;
    private final SessionCookie cookie;

    public ApiGuard(SignInService signIn, SessionCookie cookie) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
    }

    public void check(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<AccountProfile> account = session.flatMap(signIn::account);
        if (account.isEmpty()) {
            throw new BadRequest(HttpStatus.UNAUTHORIZED, null,
                    "sign in first: open Touchbase and connect Google Calendar");
        }
        if (!SAFE_METHODS.contains(ctx.method().name()) && !sameSecret(session.get().csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new BadRequest(HttpStatus.FORBIDDEN, CSRF_HEADER,
                    "missing or wrong " + CSRF_HEADER + " header: send the csrfToken from GET /api/me");
        }
        ctx.attribute(ApiCaller.ATTRIBUTE, new ApiCaller(account.get(), session.get()));
    }

    public static ApiCaller caller(Context ctx) {
        ApiCaller caller = ctx.attribute(ApiCaller.ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("ApiGuard did not run for " + ctx.path());
        }
        return caller;
    }

    /** The signed-in account's id. */
    public static String accountId(Context ctx) {
        return caller(ctx).accountId();
    }

    public static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
