package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.account.IdempotentAnswers;
import touchbase.account.limits.TooManyRequests;
import touchbase.booking.Booker.StretchNeedsConsent;
import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import touchbase.web.api.MeAnswers;

/**
 * The one place where failures become HTTP answers, never with a stack trace: under {@code /api/}
 * JSON {@code {"error": "...", "field": "..."}} with the right status; anywhere else an HTML page
 * for people with the same status (404, 500, an expired session, a refused form).
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void install(RoutesConfig routes, Pages pages) {
        routes.exception(PageGuard.SessionRequired.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, Boolean.TRUE);
            ctx.header("Cache-Control", "no-store");
            if (e.form()) {
                ctx.status(HttpStatus.UNAUTHORIZED);
                pages.render(ctx, "error.jte", pages.error(401, "Your session has ended",
                        "You were signed out, so this was not saved. Sign in again and repeat it.", "/",
                        "Sign in again"));
            } else {
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            }
        });
        routes.exception(BadRequest.class, (e, ctx) -> respond(pages, ctx, e.status(), e.getMessage(), e.field()));
        routes.exception(InvalidInput.class, (e, ctx) -> respond(pages, ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
        routes.exception(NotFound.class, (e, ctx) -> respond(pages, ctx, HttpStatus.NOT_FOUND, "no such " + e.what(), null));
        routes.exception(Conflict.class, (e, ctx) -> respond(pages, ctx, HttpStatus.CONFLICT, e.getMessage(), null));
        routes.exception(DuplicateColleague.class, (e, ctx) -> respond(pages, ctx, HttpStatus.CONFLICT, e.getMessage(), "email"));
        routes.exception(StretchNeedsConsent.class, (e, ctx) -> respond(pages, ctx, HttpStatus.UNPROCESSABLE_CONTENT,
                e.getMessage(), StretchNeedsConsent.FIELD));
        routes.exception(IdempotentAnswers.KeyReused.class,
                (e, ctx) -> respond(pages, ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), Idempotency.HEADER));
        routes.exception(TooManyRequests.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            respond(pages, ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), null);
        });
        routes.exception(CalendarProblem.class, (e, ctx) -> respond(pages, ctx, statusOf(e), e.getMessage(), null));
        routes.exception(HttpResponseException.class, (e, ctx) -> answerJavalin(pages, ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(pages, ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; please try again", null);
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                notFound(pages, ctx);
            }
        });
    }

    /** Javalin's own answers (an unknown path, a body past the limit) in our words and shape. */
    private static void answerJavalin(Pages pages, Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            notFound(pages, ctx);
        } else {
            respond(pages, ctx, HttpStatus.forStatus(e.getStatus()), e.getStatus() == 413
                    ? "the request body is larger than " + WebApp.MAX_REQUEST_BYTES / 1000 + " KB" : e.getMessage(), null);
        }
    }

    private static void notFound(Pages pages, Context ctx) {
        if (isApi(ctx)) {
            respond(pages, ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path(), null);
        } else {
            respond(pages, ctx, HttpStatus.NOT_FOUND, "There is no page at this address.", null);
        }
    }

    /** Reconnecting is the person's move (401); Google being busy or down is a 503; a refusal a 502. */
    public static HttpStatus statusOf(CalendarProblem problem) {
        return switch (problem.kind()) {
            case ACCESS_REVOKED -> HttpStatus.UNAUTHORIZED;
            case RATE_LIMITED, QUOTA_EXCEEDED, UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case EVENT_ID_TAKEN -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.BAD_GATEWAY;
        };
    }

    /** Set on a context whose error body was already written, so the 404 fallback leaves it alone. */
    public static final String ANSWERED = "touchbase.error-answered";

    /** JSON for the API, the health check and scripts (a request that sent {@code X-CSRF-Token}); pages for people. */
    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/healthz")
                || ctx.header(ApiGuard.CSRF_HEADER) != null;
    }

    public static void respond(Pages pages, Context ctx, HttpStatus status, String message, String field) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        if (isApi(ctx)) {
            ctx.status(status).json(new MeAnswers.Error(message, field));
            return;
        }
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "error.jte", page(pages, status, message));
    }

    /** A JSON error whatever the path (for machine clients outside {@code /api/}, such as feed readers). */
    public static void respondJson(Context ctx, HttpStatus status, String message, String field) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(new MeAnswers.Error(message, field));
    }

    /** The page for people: a heading for the status, the message (never a stack trace), and the way on. */
    private static ErrorPage page(Pages pages, HttpStatus status, String message) {
        return switch (status.getCode()) {
            case 404 -> pages.error(404, "Page not found", "There is nothing here. It may have been removed, or the "
                    + "address is wrong.", "/", "Go to your dashboard");
            case 403 -> pages.error(403, "This form was refused", message, "/", "Go to your dashboard");
            case 401 -> pages.error(401, "Reconnect Google Calendar", message, "/auth/google",
                    "Reconnect Google Calendar");
            case 429 -> pages.error(429, "One moment, please", message, "/", "Go to your dashboard");
            case 409 -> pages.error(409, "That cannot be changed now", message, "/", "Go to your dashboard");
            case 502, 503 -> pages.error(status.getCode(), "Google Calendar is not answering", message
                    + " Nothing was lost; try again in a minute.", "/", "Go to your dashboard");
            case 500 -> pages.error(500, "Something went wrong", "Something went wrong on our side. Nothing you saved"
                    + " is lost; please try again.", "/", "Go to your dashboard");
            default -> pages.error(status.getCode(), "That did not work", message, "/", "Go to your dashboard");
        };
    }
}
