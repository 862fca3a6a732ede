package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import touchbase.account.SignInCallback;
import touchbase.account.SignInOutcome;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/**
 * Sign-in with Google, the session it starts, signing out and disconnecting: {@code GET /auth/google},
 * {@code GET /auth/google/callback}, {@code POST /auth/sign-out}, {@code POST /auth/google/disconnect},
 * and the home page, which depends on who is signed in. Browser routes answer with pages, problems
 * included (with their status). Both posts need the session's CSRF token (form field {@code csrf} or
 * the {@code X-CSRF-Token} header, as on the API).
 */
public final class SignInRoutes {

    private final SignInService signIn;
    private final Pages pages;
    private final SessionCookie cookie;

    private final Function<String, List<HomePage.ColleagueRow>> overview;

    private Function<String, Optional<HomePage.FeedSection>> feed = accountId -> Optional.empty();

    /** Lets the home page show the signed-in person's feed links. */
    SignInRoutes withFeed(Function<String, Optional<HomePage.FeedSection>> section) {
        this.feed = Objects.requireNonNull(section, "section must not be null");
        return this;
    }

    /** @param overview the signed-in person's relationship view on the home page, by account id */
    SignInRoutes(SignInService signIn, Pages pages, SessionCookie cookie,
            Function<String, List<HomePage.ColleagueRow>> overview) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
        this.overview = Objects.requireNonNull(overview, "overview must not be null");
    }

    public void home(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<HomePage.SignedIn> signedIn = session.flatMap(s -> signIn.account(s)
                .map(account -> new HomePage.SignedIn(account.email(), account.isConnected(), s.csrfToken(),
                        overview.apply(account.id()), Objects.requireNonNullElse(ctx.queryParam("notice"), ""))
                        .withFeed(account.isConnected() ? feed.apply(account.id()) : Optional.empty())));
        Optional<Notice> notice = signedIn.isEmpty() ? Notice.fromCode(ctx.queryParam("notice")) : Optional.empty();
        pages.render(ctx, "home.jte", pages.home(true, signedIn, notice));
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
        ctx.redirect("/?notice=" + Notice.DISCONNECTED.code(), HttpStatus.SEE_OTHER);
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
