package touchbase.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson3;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import touchbase.account.AccountPreferences;
import touchbase.account.IdempotentAnswers;
import touchbase.account.SignInService;
import touchbase.account.limits.RequestLimits;
import touchbase.booking.Booker;
import touchbase.booking.Proposals;
import touchbase.booking.SeriesChanges;
import touchbase.booking.SeriesLookup;
import touchbase.colleagues.ColleagueBook;
import touchbase.upkeep.JustMet;
import touchbase.upkeep.LastContacts;
import touchbase.upkeep.EditColleague;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.Relationships;
import touchbase.web.assets.StaticFiles;
import touchbase.web.api.ApiJsonMapper;
import touchbase.web.api.ColleaguesApi;
import touchbase.web.api.FeedRoutes;
import touchbase.web.api.FeedServing;
import touchbase.web.api.GroupsApi;
import touchbase.web.api.MeAnswers;
import touchbase.web.api.MeApi;
import touchbase.web.api.PlanningApi;
import touchbase.web.api.TouchBasesApi;
import touchbase.web.limits.Limited;
import touchbase.web.pages.ColleaguePages;
import touchbase.web.pages.DashboardPages;
import touchbase.web.pages.FeedPages;
import touchbase.web.pages.GroupPages;
import touchbase.web.pages.PlanPages;
import touchbase.web.pages.PreferencePages;
import touchbase.web.pages.SeriesPages;

/**
 * The Touchbase web application, built from its dependencies so that tests can start it on
 * port 0 with fakes. Stopping it lets in-flight requests finish (up to {@link #STOP_TIMEOUT}).
 */
public final class WebApp {

    static {
        // Jetty pads its hot counters to a cache line; without this property it asks the JVM whether
        // references are compressed through the platform MBean server, which starts JMX (about a quarter
        // of a second of start-up). 16 four-byte references fill a 64-byte line; with uncompressed
        // references (heaps over 32 GB) the padding is merely twice as wide as needed.
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        }
    }

    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** The largest request body read; a larger one is answered 413. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;
    /**
     * How long a connection may stay silent (while sending its headers or body, or between requests)
     * before Jetty closes it: a client whose {@code Content-Length} lies or that trickles its headers
     * holds a connection this long.
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** The most connections open at once; past it Jetty stops accepting until one closes. */
    public static final int MAX_CONNECTIONS = 1000;

    private final HealthCheck health;
    private final Pages pages;
    private final Optional<SignInRoutes> signIn;
    private final Optional<RouteTable.SignedIn> signedIn;
    private final Optional<FeedRoutes> feed;
    private final Optional<FeedApi> feedApi;
    private final RequestLog requestLog;
    private final Optional<java.net.URI> authorizationEndpoint;
    private final boolean secureCookies;
    private final Limited limited;
    private final Javalin javalin;
    private final StaticFiles staticFiles = new StaticFiles("public, max-age=3600");
    private Duration idleTimeout = IDLE_TIMEOUT;
    private int maxConnections = MAX_CONNECTIONS;
    private String host = "127.0.0.1";
    private int port;

    /** What the calendar feed needs: its use cases and the guard against token guessing. */
    public record FeedApi(touchbase.feed.Feeds feeds, touchbase.feed.FailedLookups failedLookups) {
    }

    /**
     * The use cases the signed-in pages and the JSON API call, the clock the pages read "now" from, and
     * the feed's links (empty until the feed is wired: see {@link FeedLinks}).
     */
    public record Api(AccountPreferences preferences, IdempotentAnswers idempotentAnswers, ColleagueBook colleagues,
            Relationships relationships, Proposals proposals, Booker booker, SeriesChanges changes, SeriesLookup series,
            Recheck recheck, Clock clock, Optional<FeedLinks> feed, Optional<LastContacts> lastContacts,
            Optional<JustMet> justMet, Optional<GroupsApi.UseCases> groups) {

        public Api(AccountPreferences preferences, IdempotentAnswers idempotentAnswers, ColleagueBook colleagues,
                Relationships relationships, Proposals proposals, Booker booker, SeriesChanges changes,
                SeriesLookup series, Recheck recheck) {
            this(preferences, idempotentAnswers, colleagues, relationships, proposals, booker, changes, series, recheck,
                    Clock.systemUTC(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

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
            Optional<Api> api, boolean demoMode, Optional<FeedApi> feedApi) {
        this(health, pages, signIn, secureCookies, api, demoMode, feedApi, new RequestLog(true));
    }

    /** The same with the request log given ({@code TOUCHBASE_ACCESS_LOG}), without request limits. */
    public WebApp(HealthCheck health, Pages pages, Optional<SignInService> signIn, boolean secureCookies,
            Optional<Api> api, boolean demoMode, Optional<FeedApi> feedApi, RequestLog requestLog) {
        this(health, pages, signIn, secureCookies, api, demoMode, feedApi, requestLog, RequestLimits.off());
    }

    /** The same with the {@link RequestLimits} on sign-in starts and the expensive requests. */
    public WebApp(HealthCheck health, Pages pages, Optional<SignInService> signIn, boolean secureCookies,
            Optional<Api> api, boolean demoMode, Optional<FeedApi> feedApi, RequestLog requestLog,
            RequestLimits limits) {
        this.requestLog = Objects.requireNonNull(requestLog, "requestLog must not be null");
        this.feedApi = signIn.isPresent() ? feedApi : Optional.empty();
        this.secureCookies = secureCookies;
        this.authorizationEndpoint = signIn.map(SignInService::authorizationEndpoint);
        this.health = Objects.requireNonNull(health, "health must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        SessionCookie cookie = new SessionCookie(secureCookies);
        this.limited = new Limited(limits, signIn.map(service -> new PageGuard(service, cookie)));
        this.feed = feedApi.flatMap(f -> signIn.map(service -> new FeedRoutes(f.feeds(), service, cookie)));
        this.signedIn = signIn.flatMap(service -> api.map(a -> signedIn(service, cookie, pages, a, demoMode)));
        this.signIn = signIn.map(service -> new SignInRoutes(service, pages, cookie,
                signedIn.map(s -> s.pages().dashboard())));
        this.javalin = Javalin.create(this::configure);
    }

    private static RouteTable.SignedIn signedIn(SignInService signIn, SessionCookie cookie, Pages pages, Api a,
            boolean demoMode) {
        PageGuard guard = new PageGuard(signIn, cookie);
        RouteTable.PageHandlers handlers = new RouteTable.PageHandlers(
                new DashboardPages(pages, guard, a.series(), a.relationships(), a.preferences(), a.recheck(), a.clock()),
                new ColleaguePages(pages, guard, a.colleagues(), a.relationships(), a.preferences(), a.series(),
                        a.justMet(), a.clock(), new EditColleague(a.colleagues(), a.recheck())),
                new PlanPages(pages, guard, a.proposals(), a.booker(), a.series(), a.relationships(), a.preferences()),
                new SeriesPages(pages, guard, a.series(), a.changes(), a.relationships(), a.preferences(), a.feed(),
                        a.clock()),
                new PreferencePages(pages, guard, a.preferences(), a.lastContacts()), new FeedPages(pages, guard, a.feed()),
                new GroupPages(pages, guard, a.groups().map(GroupsApi.UseCases::book),
                        a.groups().map(GroupsApi.UseCases::booking), a.groups().flatMap(GroupsApi.UseCases::roulette)));
        return new RouteTable.SignedIn(new ApiGuard(signIn, cookie), new Idempotency(a.idempotentAnswers()),
                new MeApi(a.preferences(), a.lastContacts(), demoMode),
                new ColleaguesApi(a.colleagues(), a.relationships(), a.justMet(),
                        Optional.of(new EditColleague(a.colleagues(), a.recheck()))),
                new TouchBasesApi(a.series(), a.booker(), a.changes(), a.preferences()),
                new PlanningApi(a.proposals(), a.recheck()), new GroupsApi(a.groups()), handlers);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson3(ApiJsonMapper.create(), false));
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        SecurityHeaders headers = new SecurityHeaders(secureCookies, authorizationEndpoint);
        // Feed polls run on the selector threads (see FeedServing): at least two, so they can use two cores.
        config.jetty.addConnector((server, http) -> {
            var connector = new org.eclipse.jetty.server.ServerConnector(server, 1,
                    Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors() / 2)),
                    new org.eclipse.jetty.server.HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
        config.jetty.modifyServer(server -> {
            limitConnections(server);
            server.setHandler(new GracefulHandler(feedApi.<Handler.Wrapper>map(f -> new FeedServing(f.feeds(),
                    f.failedLookups(), headers.always(), requestLog)).orElseGet(Handler.Wrapper::new)));
        });
        config.requestLogger.http(requestLog::http);
        installSecurity(config, headers);
        RouteTable.install(config.routes, pages, this::healthz, this::favicon, staticFiles::serve,
                ctx -> pages.render(ctx, "home.jte", pages.home()), signIn, signedIn, feed, limited);
    }

    /**
     * The security headers on every answer and {@code X-HTTP-Method-Override} ignored (the static files
     * under {@code /static} are routes, see {@link StaticFiles}).
     */
    private void installSecurity(JavalinConfig config, SecurityHeaders headers) {
        config.jetty.modifyServletContextHandler(context -> context.addFilter(
                new FilterHolder(new IgnoreMethodOverride()), "/*", EnumSet.of(DispatcherType.REQUEST)));
        config.routes.before(headers::apply);
    }

    /** Connections: idle ones closed after {@link #idleTimeout}, at most {@link #maxConnections} open. */
    private void limitConnections(Server server) {
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        ConnectionLimit limit = new ConnectionLimit(MAX_CONNECTIONS, server);
        server.addBean(limit);
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                limit.setMaxConnections(maxConnections);
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector jetty) {
                        jetty.setIdleTimeout(idleTimeout.toMillis());
                    }
                }
            }
        });
    }

    /** Sets how long a silent connection is kept (before {@link #start}; {@link #IDLE_TIMEOUT} by default). */
    public WebApp idleTimeout(Duration timeout) {
        this.idleTimeout = Objects.requireNonNull(timeout, "timeout must not be null");
        return this;
    }

    /**
     * Sets how many connections may be open at once (before {@link #start}; {@link #MAX_CONNECTIONS} by
     * default): past it the server accepts no more until one closes.
     */
    public WebApp maxConnections(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        this.maxConnections = max;
        return this;
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public WebApp start(String host, int port) {
        this.host = host;
        this.port = port;
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

    /** The favicon, an SVG, also at the address browsers ask for by habit. */
    private void favicon(Context ctx) {
        staticFiles.answer(ctx, "favicon.svg", "public, max-age=86400");
    }

    private void healthz(Context ctx) {
        if (health.isHealthy() && "jobs".equals(ctx.queryParam("detail"))) {
            ctx.json(java.util.Map.of("status", "ok", "jobs", health.jobs()));
        } else if (health.isHealthy()) {
            ctx.json(new MeAnswers.Health("ok", null));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .json(new MeAnswers.Health("unavailable", "the database does not answer"));
        }
    }
}
