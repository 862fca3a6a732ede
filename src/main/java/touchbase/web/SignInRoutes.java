package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.account.SignInCallback;
import touchbase.account.SignInOutcome;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;
import touchbase.web.pages.DashboardPages;

/**
 * Sign-in with Google, the session it starts, signing out and disconnecting: {@code GET /auth/google},
 * {@code GET /auth/google/callback}, {@code POST /auth/sign-out}, {@code POST /auth/google/disconnect},
 * and the home page, which depends on who is signed in. Browser routes answer with pages, problems
 * included (with their status). Both posts need the session's CSRF token (form field {@code csrf} or
 * the {@code X-CSRF-Token} header, as on the API).
 */
public final class SignInRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRoutes.class);

    private final SignInService signIn;
    private final Pages pages;
    private final SessionCookie cookie;

    private final PageGuard guard;
    private final Optional<DashboardPages> dashboard;

    /** @param dashboard the signed-in home, when the use cases are wired */
    public SignInRoutes(SignInService signIn, Pages pages, SessionCookie cookie, Optional<DashboardPages> dashboard) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
        this.dashboard = Objects.requireNonNull(dashboard, "dashboard must not be null");
        this.guard = new PageGuard(signIn, cookie);
    }

    /** The dashboard when signed in and connected; else the welcome page or the prompt to reconnect. */
    public void home(Context ctx) {
        Optional<ApiCaller> visitor = guard.visitor(ctx);
        if (visitor.isPresent() && visitor.get().account().isConnected() && dashboard.isPresent()) {
            dashboard.get().show(ctx, visitor.get());
            return;
        }
        Optional<HomePage.SignedIn> signedIn = visitor.map(v -> new HomePage.SignedIn(v.account().email(),
                v.account().isConnected(), v.session().csrfToken()));
        noStore(ctx);
        HomePage home = pages.home(true, signedIn);
        pages.render(ctx, "home.jte", new HomePage(new Shell(home.shell().banner(), home.shell().title(), "",
                Notice.textOf(ctx.queryParam("notice")), visitor.map(v -> new Shell.Account(v.account().email(),
                        v.session().csrfToken()))), home.signInAvailable(), home.signedIn()));
    }

    public void start(Context ctx) {
        Optional<String> current = cookie.read(ctx);
        var start = signIn.startSignIn(current);
        if (!current.equals(Optional.of(start.session().id()))) {
            cookie.write(ctx, start.session().id(), Optional.empty());
        }
        noStore(ctx);
        ctx.redirect(start.authorizationUrl().toString(), HttpStatus.FOUND);
    }

    public void callback(Context ctx) {
        SignInCallback answer = new SignInCallback(Optional.ofNullable(ctx.queryParam("state")),
                Optional.ofNullable(ctx.queryParam("code")), Optional.ofNullable(ctx.queryParam("error")));
        SignInOutcome outcome = signIn.finishSignIn(cookie.read(ctx), answer);
        noStore(ctx);
        if (!(outcome instanceof SignInOutcome.SignedIn) && !(outcome instanceof SignInOutcome.ConsentNeeded)) {
            // the outcome's record names the cause; it never holds the code, the state or a token
            LOG.warn("sign-in callback not finished: {}", outcome);
        }
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            cookie.write(ctx, signedIn.session().id(), Optional.of(SignInService.SESSION_LIFETIME));
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SignInOutcome.ConsentNeeded consent) {
            ctx.redirect(consent.authorizationUrl().toString(), HttpStatus.FOUND);
        } else if (outcome instanceof SignInOutcome.InvalidState invalid) {
            ctx.status(HttpStatus.BAD_REQUEST);
            pages.render(ctx, "sign-in-problem.jte", pages.signInProblem("This sign-in cannot be finished",
                    "Touchbase did not start this sign-in in this browser, or it was already used or took "
                            + "too long (" + invalid.reason() + "). Nothing was stored; please start again."));
        } else if (outcome instanceof SignInOutcome.Denied denied) {
            pages.render(ctx, "access-denied.jte", pages.accessDenied(denied.error()));
        } else if (outcome instanceof SignInOutcome.MissingPermissions missing) {
            pages.render(ctx, "missing-permission.jte", pages.missingPermission(missing.missing()));
        } else {
            ctx.status(HttpStatus.BAD_GATEWAY);
            pages.render(ctx, "sign-in-problem.jte", pages.signInProblem("Google did not complete the sign-in",
                    "Google did not confirm the sign-in. Nothing was stored; please try again in a moment."));
        }
    }

    public void disconnect(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<AccountProfile> account = session.flatMap(signIn::account);
        if (account.isEmpty() || !ApiGuard.sameSecret(session.get().csrfToken(), csrfToken(ctx))) {
            ctx.status(HttpStatus.FORBIDDEN);
            pages.render(ctx, "sign-in-problem.jte", pages.signInProblem("Nothing was disconnected",
                    "This form did not come from your Touchbase session. Open Touchbase and try again."));
            return;
        }
        signIn.disconnect(account.get().id());
        cookie.clear(ctx);
        Pages.redirect(ctx, "/", Notice.DISCONNECTED);
    }

    /**
     * Ends the session on the server and drops the cookie, then shows the welcome page (a form) or
     * answers 204 (a script that sent {@code X-CSRF-Token}). Without a live session there is nothing to
     * end: the cookie is dropped all the same.
     */
    public void signOut(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        boolean script = ctx.header(ApiGuard.CSRF_HEADER) != null;
        if (session.isPresent() && !ApiGuard.sameSecret(session.get().csrfToken(), csrfToken(ctx))) {
            if (script) {
                throw new BadRequest(HttpStatus.FORBIDDEN, ApiGuard.CSRF_HEADER,
                        "missing or wrong " + ApiGuard.CSRF_HEADER + " header: send the csrfToken from GET /api/me");
            }
            ctx.status(HttpStatus.FORBIDDEN);
            pages.render(ctx, "sign-in-problem.jte", pages.signInProblem("You are still signed in",
                    "This form did not come from your Touchbase session. Open Touchbase and try again."));
            return;
        }
        session.ifPresent(s -> signIn.signOut(s.id()));
        cookie.clear(ctx);
        if (script) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }
    }

    /** The CSRF token sent with a post: the {@code X-CSRF-Token} header, else the form field {@code csrf}. */
    private static String csrfToken(Context ctx) {
        String header = ctx.header(ApiGuard.CSRF_HEADER);
        return header != null ? header : ctx.formParam("csrf");
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
