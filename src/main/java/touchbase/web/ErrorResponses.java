package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.account.IdempotentAnswers;
import touchbase.booking.Booker.StretchNeedsConsent;
import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import touchbase.web.api.MeAnswers;

/**
 * The one place where failures become HTTP answers: JSON {@code {"error": "...", "field": "..."}}
 * with the right status, never a stack trace.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(BadRequest.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.field()));
        routes.exception(InvalidInput.class, (e, ctx) -> respond(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
        routes.exception(NotFound.class, (e, ctx) -> respond(ctx, HttpStatus.NOT_FOUND, "no such " + e.what(), null));
        routes.exception(StretchNeedsConsent.class, (e, ctx) -> respond(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
                e.getMessage(), StretchNeedsConsent.FIELD));
        routes.exception(Conflict.class, (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, e.getMessage(), null));
        routes.exception(DuplicateColleague.class, (e, ctx) -> respond(ctx, HttpStatus.CONFLICT, e.getMessage(), "email"));
        routes.exception(IdempotentAnswers.KeyReused.class,
                (e, ctx) -> respond(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), Idempotency.HEADER));
        routes.exception(CalendarProblem.class, (e, ctx) -> respond(ctx, statusOf(e), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; please try again", null);
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path(), null);
            }
        });
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

    public static void respond(Context ctx, HttpStatus status, String message, String field) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(new MeAnswers.Error(message, field));
    }
}
