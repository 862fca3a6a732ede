package touchbase.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson3;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import touchbase.account.AccountSettingsStore;
import touchbase.booking.Booker;
import touchbase.colleagues.ColleagueBook;
import touchbase.account.IdempotencyKeys;
import touchbase.booking.Proposals;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.Relationships;
import touchbase.booking.SeriesChanges;
import touchbase.account.SettingsLookup;
import touchbase.booking.TouchBases;
import org.slf4j.LoggerFactory;
import touchbase.account.SignInService;

/**
 * The Touchbase web application, built from its dependencies so that tests can start it on
 * port 0 with fakes. Stopping it lets in-flight requests finish (up to {@link #STOP_TIMEOUT}).
 */
public final class WebApp {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger REQUESTS = LoggerFactory.getLogger("touchbase.requests");

    private final HealthCheck health;
    private final Pages pages;
    private final Optional<AuthRoutes> auth;
    private final Optional<SignInService> signIn;
    private final Optional<Api> api;
    private final boolean secureCookies;
    private final boolean demoMode;
    private final Optional<FeedApi> feed;

    /** What the calendar feed needs: its use cases and the guard against token guessing. */
    public record FeedApi(touchbase.feed.Feeds feeds, touchbase.feed.FailedLookups failedLookups) {
    }

    /** What the JSON API needs: the preference store, stored idempotent answers and the booking use cases. */
    public record Api(AccountSettingsStore settings, IdempotencyKeys idempotencyKeys, ColleagueBook colleagues,
            Relationships relationships, Proposals proposals, Booker booker, SeriesChanges changes,
            TouchBases touchBases, Recheck recheck, SettingsLookup settingsLookup) {
    }
    private final Javalin javalin;

    /** A web app without Google sign-in (no Google client configured). */
    public WebApp(HealthCheck health, Pages pages) {
        this(health, pages, Optional.empty(), false);
    }

    /**
     * @param signIn the sign-in use case, when a Google client (real or emulated) is configured
     * @param secureCookies whether cookies get {@code Secure} (the public URL is https)
     */
    public WebApp(HealthCheck health, Pages pages, Optional<SignInService> signIn, boolean secureCookies) {
        this(health, pages, signIn, secureCookies, Optional.empty(), false);
    }

    /** A web app with sign-in and, when given, the JSON API ({@code /api/*}, which needs sign-in). */
    public WebApp(HealthCheck health, Pages pages, Optional<SignInService> signIn, boolean secureCookies,
            Optional<Api> api, boolean demoMode) {
        this(health, pages, signIn, secureCookies, api, demoMode, Optional.empty());
    }

    /** A web app with sign-in, the JSON API and, when given, the calendar feed ({@link FeedRoutes}). */
    public WebApp(HealthCheck health, Pages pages, Optional<SignInService> signIn, boolean secureCookies,
            Optional<Api> api, boolean demoMode, Optional<FeedApi> feed) {
        this.feed = Objects.requireNonNull(feed, "feed must not be null");
        this.signIn = signIn;
        this.api = api;
        this.secureCookies = secureCookies;
        this.demoMode = demoMode;
        this.health = Objects.requireNonNull(health, "health must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.auth = signIn.map(service -> new AuthRoutes(service, pages, new SessionCookie(secureCookies))
                .withOverview(accountId -> api.map(a -> overview(a, accountId)).orElse(List.of()))
                .withFeed(accountId -> feedRoutes().flatMap(routes -> routes.section(accountId))));
        this.javalin = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson3());
        config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT.toMillis()));
        config.jetty.modifyServletContextHandler(context -> context.insertHandler(new GracefulHandler()));
        config.requestLogger.http(WebApp::logRequest);
        ErrorResponses.install(config.routes);
        config.routes.get("/healthz", this::healthz);
        if (auth.isPresent()) {
            auth.get().install(config.routes);
            api.ifPresent(a -> installApi(config, a));
            feedRoutes().ifPresent(routes -> routes.install(config.routes));
        } else {
            config.routes.get("/", ctx -> pages.render(ctx, "home.jte", pages.home()));
        }
    }

    private Optional<FeedRoutes> feedRoutes() {
        return feed.flatMap(f -> signIn.map(service -> new FeedRoutes(f.feeds(), f.failedLookups(), service,
                new SessionCookie(secureCookies))));
    }

    private static List<HomePage.ColleagueRow> overview(Api a, String accountId) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
                java.util.Locale.ENGLISH);
        return a.relationships().forAccount(accountId).stream().map(r -> new HomePage.ColleagueRow(
                r.colleague().id(), r.colleague().displayName(), r.colleague().email(), r.cadence(),
                r.lastHeld().map(when::format).orElse("none yet"), r.next().map(when::format).orElse("not booked"),
                r.overdue(), r.attention().orElse(""),
                !r.colleague().paused() && r.series().filter(s -> s.isActive()).isEmpty())).toList();
    }

    private void installApi(JavalinConfig config, Api a) {
        ApiGuard guard = new ApiGuard(signIn.orElseThrow(), new SessionCookie(secureCookies));
        config.routes.before("/api/*", guard::check);
        new MeApi(a.settings(), demoMode).install(config.routes);
        new SetupRoutes(signIn.orElseThrow(), new SessionCookie(secureCookies), a).install(config.routes);
        new BookingApi(new BookingApi.Services(a.colleagues(), a.relationships(), a.proposals(), a.booker(),
                a.changes(), a.touchBases(), a.recheck(), a.settingsLookup()), new Idempotency(a.idempotencyKeys()))
                .install(config.routes);
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests, lets the ones in flight finish, then returns. */
    public void stop() {
        javalin.stop();
    }

    private void healthz(Context ctx) {
        if (health.isHealthy()) {
            ctx.json(Map.of("status", "ok"));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "unavailable",
                    "error", "the database does not answer"));
        }
    }

    /** One line per request: method, path (never the query string, which may carry secrets), status, ms. */
    private static void logRequest(Context ctx, Float millis) {
        REQUESTS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(millis));
    }
}
