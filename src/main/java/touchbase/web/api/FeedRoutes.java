package touchbase.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import touchbase.account.SignInService;
import touchbase.domain.AccountProfile;
import touchbase.feed.FeedLinks;
import touchbase.feed.Feeds;
import touchbase.feed.RenderedFeed;
import touchbase.web.ApiGuard;
import touchbase.web.BadRequest;
import touchbase.web.JsonBody;
import touchbase.web.SessionCookie;

/**
 * The calendar feed over HTTP: {@code GET|HEAD /feed/{token}.ics} (no session: the token is the key;
 * answered ahead of Javalin by {@link FeedServing}, with these headers and rules),
 * {@code GET /api/feed}, {@code PUT /api/feed}, {@code POST /api/feed/rotate}, {@code POST|DELETE /api/feed/share}
 * (a second address to give to others, which never shows an email address), the home page's forms, and
 * {@code GET /touchbases/{id}.ics} for the signed-in account.
 *
 * <p>Caching (RFC 9111, RFC 9110 section 13): a strong ETag (hash of the bytes) and Last-Modified; a
 * matching If-None-Match, or else an If-Modified-Since not older than Last-Modified, answers 304.
 * {@code Cache-Control: private, max-age=300}: the URL is a secret, so no shared cache or proxy should
 * keep a copy that outlives a rotation; the subscriber's own client may reuse its copy for five minutes
 * and then revalidate cheaply (a 304 costs only the token lookup).
 *
 * <p>An unknown, rotated or malformed token gets the same 404; each failed lookup spends the client
 * address's budget, and a spent budget answers 429 with Retry-After before any lookup.
 */
public final class FeedRoutes {

    public static final String CALENDAR = "text/calendar; charset=utf-8";
    public static final String CACHE_CONTROL = "private, max-age=300";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Feeds feeds;
    private final SignInService signIn;
    private final SessionCookie cookie;

    public FeedRoutes(Feeds feeds, SignInService signIn, SessionCookie cookie) {
        this.feeds = Objects.requireNonNull(feeds, "feeds must not be null");
        this.signIn = Objects.requireNonNull(signIn, "signIn must not be null");
        this.cookie = Objects.requireNonNull(cookie, "cookie must not be null");
    }

    /** JSON of {@code GET /api/feed}; {@code sharing} is null until a sharing address is made. */
    public record FeedJson(String url, String webcalUrl, String googleAddUrl, boolean showsNames, Links sharing) {
    }

    /** A feed's addresses, as {@code POST /api/feed/share} answers them. */
    public record Links(String url, String webcalUrl, String googleAddUrl) {
        static Links of(FeedLinks links) {
            return new Links(links.url(), links.webcalUrl(), links.googleAddUrl());
        }
    }

    public void apiFeed(Context ctx) {
        ctx.json(json(ApiGuard.caller(ctx).accountId()));
    }

    public void rotate(Context ctx) {
        String accountId = ApiGuard.caller(ctx).accountId();
        feeds.rotate(accountId);
        ctx.json(json(accountId));
    }

    /** {@code POST /api/feed/share}: makes (or replaces) the sharing address. */
    public void share(Context ctx) {
        ctx.json(Links.of(feeds.share(ApiGuard.caller(ctx).accountId())));
    }

    /** {@code DELETE /api/feed/share}: the sharing address answers 404 from now on. */
    public void stopSharing(Context ctx) {
        feeds.stopSharing(ApiGuard.caller(ctx).accountId());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private FeedJson json(String accountId) {
        FeedLinks links = feeds.links(accountId);
        return new FeedJson(links.url(), links.webcalUrl(), links.googleAddUrl(), feeds.showsNames(accountId),
                feeds.sharing(accountId).map(Links::of).orElse(null));
    }

    public void settings(Context ctx) {
        boolean showsNames = JsonBody.parse(ctx.body()).bool("showsNames")
                .orElseThrow(() -> new BadRequest("showsNames", "showsNames must be true or false"));
        String accountId = ApiGuard.caller(ctx).accountId();
        feeds.showNames(accountId, showsNames);
        ctx.json(json(accountId));
    }

    public void seriesFile(Context ctx) {
        String accountId = signedIn(ctx);
        String file = ctx.pathParam("file");
        if (!file.endsWith(".ics")) {
            throw new touchbase.domain.NotFound("page " + ctx.path());
        }
        String seriesId = file.substring(0, file.length() - ".ics".length());
        RenderedFeed ics = feeds.series(accountId, seriesId);
        ctx.header("Content-Disposition", "attachment; filename=\"touch-base-" + seriesId.replaceAll("[^A-Za-z0-9-]", "")
                + ".ics\"");
        serve(ctx, ics, "private, no-cache");
    }

    /** Answers 304 when the client's copy is current, else the bytes (none for HEAD) with their validators. */
    public static void serve(Context ctx, RenderedFeed feed, String cacheControl) {
        ctx.header("ETag", feed.etag());
        ctx.header("Last-Modified", feed.lastModifiedHeader());
        ctx.header("Cache-Control", cacheControl);
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), feed)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(CALENDAR);
        ctx.header("Content-Length", String.valueOf(feed.bytes().length));
        if (!"HEAD".equals(ctx.method().name())) {
            ctx.result(feed.bytes());
        }
    }

    /**
     * Whether the client's copy is current: a matching {@code If-None-Match} (weak comparison, RFC 9110
     * section 13.1.2), or else an {@code If-Modified-Since} not older than Last-Modified.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedFeed feed) {
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, feed.etag());
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant();
                return !feed.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private String signedIn(Context ctx) {
        return cookie.read(ctx).flatMap(signIn::session).flatMap(signIn::account).map(AccountProfile::id)
                .orElseThrow(() -> new BadRequest(HttpStatus.UNAUTHORIZED, null,
                        "sign in first: open Touchbase and connect Google Calendar"));
    }
}
