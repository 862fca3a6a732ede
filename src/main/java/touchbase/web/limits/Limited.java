package touchbase.web.limits;

import io.javalin.http.Handler;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.limits.RequestLimits;
import touchbase.account.limits.RequestLimits.Expensive;
import touchbase.web.ApiGuard;
import touchbase.web.PageGuard;

/**
 * Wraps routes in the {@link RequestLimits}: a refused request throws
 * {@link touchbase.account.limits.TooManyRequests}, which {@link touchbase.web.ErrorResponses} answers
 * 429 with {@code Retry-After} (JSON under {@code /api/}, a page elsewhere).
 */
public final class Limited {

    private final RequestLimits limits;
    private final Optional<PageGuard> pages;

    /** @param pages finds who sent a page or form (absent without sign-in, when no page is limited) */
    public Limited(RequestLimits limits, Optional<PageGuard> pages) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
    }

    /** {@code GET /auth/google}: counted against the client address's budget. */
    public Handler signInStart(Handler start) {
        return ctx -> {
            limits.startSignIn(ctx.ip());
            start.handle(ctx);
        };
    }

    /** An API route (after {@link ApiGuard}): one at a time per account. */
    public Handler api(Expensive what, Handler handler) {
        return ctx -> limits.oneAtATime(ApiGuard.accountId(ctx), what, () -> handler.handle(ctx));
    }

    /** A form post: one at a time per account, once the form is known to come from the session. */
    public Handler form(Expensive what, Handler handler) {
        return ctx -> limits.oneAtATime(guard().form(ctx).accountId(), what, () -> handler.handle(ctx));
    }

    /** A page that costs Google calls (the plan): one at a time per signed-in account. */
    public Handler page(Expensive what, Handler handler) {
        return ctx -> limits.oneAtATime(guard().page(ctx).accountId(), what, () -> handler.handle(ctx));
    }

    private PageGuard guard() {
        return pages.orElseThrow(() -> new IllegalStateException("pages are limited only with sign-in"));
    }
}
