package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.SignInCallback;
import touchbase.account.SignInOutcome;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/**
 * Sign-in with Google, the session it starts, and disconnecting: {@code GET /auth/google},
 * {@code GET /auth/google/callback}, {@code POST /auth/google/disconnect}, and the home page, which
 * depends on who is signed in. Browser routes answer with pages, problems included (with their status).
 */
final class AuthRoutes {

    private final SignInService signIn;
    private final Pages pages;
    private final SessionCookie cookie;

    private java.util.function.Function<String, List<HomePage.ColleagueRow>> overview = accountId -> List.of();

    private java.util.function.Function<String, Optional<HomePage.FeedSection>> feed = accountId -> Optional.empty();

    /** Lets the home page show the signed-in person's feed links. */
    AuthRoutes withFeed(java.util.function.Function<String, Optional<HomePage.FeedSection>> section) {
        this.feed = Objects.requireNonNull(section, "section must not be null");
        return this;
    }

    /** Lets the home page show the signed-in person's relationship view. */
    AuthRoutes withOverview(java.util.function.Function<String, List<HomePage.ColleagueRow>> rows) {
        this.overview = Objects.requireNonNull(rows, "rows must not be null");
        return this;
    }

    AuthRoutes(SignInService signIn, Pages pages, SessionCookie cookie) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
    }

    void install(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/auth/google", this::start);
        routes.get("/auth/google/callback", this::callback);
        routes.post("/auth/google/disconnect", this::disconnect);
    }

    private void home(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<HomePage.SignedIn> signedIn = session.flatMap(s -> signIn.account(s)
                .map(account -> new HomePage.SignedIn(account.email(), account.isConnected(), s.csrfToken(),
                        overview.apply(account.id()), Objects.requireNonNullElse(ctx.queryParam("notice"), ""))
                        .withFeed(account.isConnected() ? feed.apply(account.id()) : Optional.empty())));
        pages.render(ctx, "home.jte", pages.home(true, signedIn));
    }

    private void start(Context ctx) {
        Optional<String> current = cookie.read(ctx);
        var start = signIn.startSignIn(current);
        if (!current.equals(Optional.of(start.session().id()))) {
            cookie.write(ctx, start.session().id(), Optional.empty());
        }
        noStore(ctx);
        ctx.redirect(start.authorizationUrl().toString(), HttpStatus.FOUND);
    }

    private void callback(Context ctx) {
        SignInCallback answer = new SignInCallback(Optional.ofNullable(ctx.queryParam("state")),
                Optional.ofNullable(ctx.queryParam("code")), Optional.ofNullable(ctx.queryParam("error")));
        SignInOutcome outcome = signIn.finishSignIn(cookie.read(ctx), answer);
        noStore(ctx);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            cookie.write(ctx, signedIn.session().id(), Optional.of(SignInService.SESSION_LIFETIME));
            ctx.redirect("/", HttpStatus.SEE_OTHER);
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

    private void disconnect(Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<AccountProfile> account = session.flatMap(signIn::account);
        if (account.isEmpty() || !sameSecret(session.get().csrfToken(), ctx.formParam("csrf"))) {
            ctx.status(HttpStatus.FORBIDDEN);
            pages.render(ctx, "sign-in-problem.jte", pages.signInProblem("Nothing was disconnected",
                    "This form did not come from your Touchbase session. Open Touchbase and try again."));
            return;
        }
        signIn.disconnect(account.get().id());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
