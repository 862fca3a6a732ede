package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.SignInService;
import touchbase.account.WebSession;
import touchbase.booking.Booker;
import touchbase.booking.BookingResult;
import touchbase.colleagues.ColleagueBook;
import touchbase.colleagues.ColleagueInput;
import touchbase.domain.AccountProfile;
import touchbase.domain.TouchbaseException;

/**
 * The setup page's forms (plain HTML posts with the session's CSRF token): add a colleague and
 * book their touch-base. They call the same use cases as the JSON API and return to the home page,
 * which shows the outcome.
 */
public final class SetupForms {

    private final SignInService signIn;
    private final SessionCookie cookie;
    private final ColleagueBook colleagues;
    private final Booker booker;

    public SetupForms(SignInService signIn, SessionCookie cookie, ColleagueBook colleagues, Booker booker) {
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.booker = Objects.requireNonNull(booker, "booker must not be null");
    }

    public void addColleague(Context ctx) {
        String accountId = signedIn(ctx);
        String message;
        try {
            var saved = colleagues.add(accountId, new ColleagueInput(
                    Objects.requireNonNullElse(ctx.formParam("email"), "").trim(), blankToEmpty(ctx.formParam("name")),
                    blankToEmpty(ctx.formParam("timezone")), blankToEmpty(ctx.formParam("cadence"))));
            message = saved.colleague().displayName() + " was " + saved.outcome().name().toLowerCase(java.util.Locale.ROOT);
        } catch (TouchbaseException e) {
            message = "Not added: " + e.getMessage();
        }
        back(ctx, message);
    }

    public void book(Context ctx) {
        String accountId = signedIn(ctx);
        String message;
        try {
            var result = booker.book(accountId, ctx.pathParam("id"), Optional.empty(), Optional.empty());
            if (result instanceof BookingResult.Booked booked) {
                message = "Booked: the invite is on its way to Google Calendar (" + booked.series().rrule() + ")";
            } else if (result instanceof BookingResult.NotPlaced notPlaced) {
                message = "Not booked: " + notPlaced.reason();
            } else {
                message = "Already booked";
            }
        } catch (TouchbaseException e) {
            message = "Not booked: " + e.getMessage();
        }
        back(ctx, message);
    }

    private String signedIn(Context ctx) {
        return signedIn(signIn, cookie, ctx);
    }

    /** The account of a form post that carries its session's CSRF token, else 403. */
    static String signedIn(SignInService signIn, SessionCookie cookie, Context ctx) {
        Optional<WebSession> session = cookie.read(ctx).flatMap(signIn::session);
        Optional<AccountProfile> account = session.flatMap(signIn::account);
        if (account.isEmpty() || !ApiGuard.sameSecret(session.get().csrfToken(), ctx.formParam("csrf"))) {
            throw new BadRequest(HttpStatus.FORBIDDEN, "csrf",
                    "this form did not come from your Touchbase session; open Touchbase and try again");
        }
        return account.get().id();
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static void back(Context ctx, String message) {
        ctx.redirect("/?notice=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }
}
