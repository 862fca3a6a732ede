package touchbase.web.pages;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import touchbase.web.ApiCaller;
import touchbase.web.FeedLinks;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/**
 * The Feed page ({@code GET /feed}; {@code ?rotate=confirm} and {@code ?stopSharing=confirm} ask first),
 * {@code POST /feed/rotate}, {@code POST /feed/privacy}, {@code POST /feed/share} (make or replace the
 * sharing address) and {@code POST /feed/share/stop}.
 */
public final class FeedPages {

    private final Pages pages;
    private final PageGuard guard;
    private final Optional<FeedLinks> feed;

    public FeedPages(Pages pages, PageGuard guard, Optional<FeedLinks> feed) {
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.feed = Objects.requireNonNull(feed, "feed must not be null");
    }

    public void show(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        ctx.header("Referrer-Policy", "no-referrer");
        pages.render(ctx, "feed.jte", new FeedPage(pages.shell(ctx, caller, "Calendar feed", "feed"),
                feed.map(f -> f.forAccount(caller.accountId())), "confirm".equals(ctx.queryParam("rotate")),
                feed.flatMap(f -> f.sharing(caller.accountId())), "confirm".equals(ctx.queryParam("stopSharing"))));
    }

    /** {@code POST /feed/share}: makes (or replaces) the sharing address. */
    public void share(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        feed.ifPresent(f -> f.share(caller.accountId()));
        Pages.redirect(ctx, "/feed", Notice.FEED_SHARED);
    }

    /** {@code POST /feed/share/stop}: the sharing address stops working. */
    public void stopSharing(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        feed.ifPresent(f -> f.stopSharing(caller.accountId()));
        Pages.redirect(ctx, "/feed", Notice.FEED_SHARING_STOPPED);
    }

    public void rotate(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        if (feed.isPresent()) {
            feed.get().rotate(caller.accountId());
            Pages.redirect(ctx, "/feed", Notice.FEED_ROTATED);
        } else {
            ctx.redirect("/feed", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** {@code POST /feed/privacy}: show colleagues' names and emails in the feed, or only "Touch-base". */
    public void privacy(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        feed.ifPresent(f -> f.showNames(caller.accountId(), "on".equals(ctx.formParam("showsNames"))));
        Pages.redirect(ctx, "/feed", Notice.FEED_PRIVACY_SAVED);
    }
}
