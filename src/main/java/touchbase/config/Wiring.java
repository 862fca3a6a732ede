package touchbase.config;

import com.google.crypto.tink.Aead;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.account.GoogleSignIn;
import touchbase.account.SignInOutcome;
import touchbase.account.SignInService;
import touchbase.feed.FailedLookups;
import touchbase.google.GoogleLoginCli;
import touchbase.google.GoogleOAuthClient;
import touchbase.google.GoogleOAuthSettings;
import touchbase.storage.Database;
import touchbase.storage.EncryptedTokenVault;
import touchbase.storage.JdbiAccountProfiles;
import touchbase.storage.JdbiWebSessions;
import touchbase.storage.TokenEncryption;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.web.Pages;
import touchbase.web.RequestLog;
import touchbase.web.WebApp;
import touchbase.web.api.GroupsApi;

/**
 * The composition root: the only place that sees every package. It builds each component from the
 * validated {@link AppConfig} and hands each one only what it needs.
 */
public final class Wiring {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private Wiring() {
    }

    /** Opens the database and applies pending migrations. */
    public static Database migratedDatabase(AppConfig config) {
        AppConfig.DatabaseAccess access = config.dbAccess();
        Database database = Database.open(config.dbUrl(), access.user().orElse(null), access.password().orElse(null),
                access.poolSize());
        try {
            var result = database.migrateWhenBehind();
            LOG.info("database {} at schema version {} ({} migration(s) applied)", database.dialect().name(),
                    result.map(r -> r.targetSchemaVersion).orElse("current"),
                    result.map(r -> r.migrationsExecuted).orElse(0));
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Applies pending migrations and closes the database; returns a line saying where it stands. */
    public static String migrate(AppConfig config) {
        try (Database database = migratedDatabase(config)) {
            return "database " + database.dialect().name() + " is up to date";
        }
    }

    /** Starts the whole service on {@code config.port()} (0 picks a free port). */
    public static RunningService start(AppConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Starts the whole service with the given clock. In demo mode the Google emulator is started
     * first and the rest is wired against it, exactly as against Google; Google sign-in is on
     * whenever the configuration has a Google client.
     */
    public static RunningService start(AppConfig requested, Clock clock) {
        return start(requested, clock, GoogleHttp.standard());
    }

    /** As {@link #start(AppConfig, Clock)}, with the Google client's retries and read timeout given (fault tests). */
    public static RunningService start(AppConfig requested, Clock clock, GoogleHttp googleHttp) {
        List<AutoCloseable> opened = new ArrayList<>();
        // The database opens and migrates while the demo's emulator seeds: neither needs the other.
        CompletableFuture<Database> migrating = CompletableFuture.supplyAsync(() -> migratedDatabase(requested));
        try {
            Optional<DemoGoogle.Started> demo = DemoGoogle.startIfDemo(requested, clock, opened);
            AppConfig config = demo.map(DemoGoogle.Started::config).orElse(requested);
            Database database = joined(migrating);
            opened.add(database);
            Optional<Components> components = config.googleClient()
                    .map(client -> new Components(config, database, clock, googleHttp));
            Optional<SignInService> signIn = components.map(c -> new SignInService(c.google, c.accounts, c.vault,
                    c.sessions, clock, id -> c.resumeWrites(id, clock)));
            Optional<WebApp.Api> api = components.map(c -> new WebApp.Api(c.preferences, c.idempotentAnswers,
                    c.colleagueBook, c.relationships, c.proposals, c.booker, c.seriesChanges, c.seriesLookup, c.recheck,
                    clock, Optional.of(feedLinks(c.feeds)), Optional.of(c.lastContacts), Optional.of(c.justMet),
                    Optional.of(new GroupsApi.UseCases(c.groupBook, c.groupBooking, Optional.of(c.roulette)))));
            WebApp web = new WebApp(health(database, components), new Pages(banner(config)), signIn,
                    config.secureCookies(), api, config.demoMode(),
                    components.map(c -> new WebApp.FeedApi(c.feeds, FailedLookups.standard(clock, c.limits::feedMissPastBudget))),
                    new RequestLog(config.accessLog()),
                    components.map(c -> c.limits).orElseGet(touchbase.account.limits.RequestLimits::off));
            web.start(config.host(), config.port());
            opened.add(web::stop);
            components.ifPresent(c -> opened.add(c.jobs.started()));
            return new RunningService(web.port(), config, opened).withEmulator(demo.map(DemoGoogle.Started::emulator))
                    .withDatabase(database)
                    .withGoogleCalls(components.map(c -> c.apiCalls));
        } catch (RuntimeException e) {
            migrating.thenAccept(database -> {
                if (!opened.contains(database)) {
                    database.close();
                }
            });
            new RunningService(0, requested, opened).close();
            throw e;
        }
    }

    private static Database joined(CompletableFuture<Database> migrating) {
        try {
            return migrating.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The database answers; the jobs as db-scheduler lists them (none without a Google client). */
    private static touchbase.web.HealthCheck health(Database database, Optional<Components> components) {
        return new touchbase.web.HealthCheck() {
            @Override
            public boolean isHealthy() {
                return database.isHealthy();
            }

            @Override
            public Jobs jobs() {
                return components.map(c -> c.jobs.summary()).orElseGet(() -> new Jobs(0, 0, java.util.List.of()));
            }
        };
    }

    /** The feed's links as the Feed page reads them. */
    private static touchbase.web.FeedLinks feedLinks(touchbase.feed.Feeds feeds) {
        return new touchbase.web.FeedLinks() {
            @Override
            public Links forAccount(String accountId) {
                return links(feeds.links(accountId), accountId);
            }

            @Override
            public Links rotate(String accountId) {
                return links(feeds.rotate(accountId), accountId);
            }

            @Override
            public void showNames(String accountId, boolean show) {
                feeds.showNames(accountId, show);
            }

            @Override
            public java.util.Optional<Sharing> sharing(String accountId) {
                return feeds.sharing(accountId).map(links -> new Sharing(links.url(), links.webcalUrl(),
                        links.googleAddUrl()));
            }

            @Override
            public Sharing share(String accountId) {
                touchbase.feed.FeedLinks links = feeds.share(accountId);
                return new Sharing(links.url(), links.webcalUrl(), links.googleAddUrl());
            }

            @Override
            public void stopSharing(String accountId) {
                feeds.stopSharing(accountId);
            }

            private Links links(touchbase.feed.FeedLinks links, String accountId) {
                return new Links(links.url(), links.webcalUrl(), links.googleAddUrl(), feeds.showsNames(accountId));
            }
        };
    }

    /** The banner every page shows; in demo mode it lists the demo colleagues one can add. */
    private static Pages.Banner banner(AppConfig config) {
        if (!config.demoMode()) {
            return new Pages.Banner(false);
        }
        return new Pages.Banner(true, DemoCalendars.colleagues().stream()
                .map(p -> new Pages.DemoColleague(p.name(), p.email(), p.zone().getId())).toList());
    }

    /** In demo mode, starts the Google emulator (closed with the service) and points Google at it. */
    /**
     * Signs in from the command line through a loopback redirect ({@code touchbase.jar login}) and
     * stores the account and its tokens where the service reads them.
     *
     * @param port the loopback port, or {@link GoogleLoginCli#ANY_PORT}
     */
    public static SignInOutcome login(AppConfig config, int port, PrintStream out) {
        if (config.demoMode()) {
            throw new ConfigException("login needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (an OAuth client that "
                    + "allows a loopback redirect such as http://localhost:PORT/Callback), not demo mode");
        }
        AppConfig.GoogleClient client = config.googleClient().orElseThrow();
        Clock clock = Clock.systemUTC();
        try (Database database = migratedDatabase(config)) {
            Aead tokenKey = TokenEncryption.aead(config.dataDir(), config.secretKey());
            GoogleLoginCli cli = new GoogleLoginCli(oauthSettings(config, client), clock, port,
                    GoogleLoginCli.printAndOpen(out));
            return cli.login((google, code, verifier) -> signInService(database, tokenKey, google, clock)
                    .connect(code, verifier));
        }
    }

    /** {@code touchbase.jar plan [email]}: see {@link PlanRun}. */
    public static int plan(AppConfig config, Optional<String> email, PrintStream out, PrintStream err) {
        return PlanRun.run(config, email, out, err, Clock.systemUTC());
    }

    static GoogleOAuthSettings oauthSettings(AppConfig config, AppConfig.GoogleClient client) {
        GoogleEndpoints endpoints = config.googleEndpoints();
        return new GoogleOAuthSettings(client.clientId(), client.clientSecret(), config.redirectUri(),
                endpoints.authUri(), endpoints.tokenUri(), endpoints.revokeUri(), endpoints.userinfoUri(),
                endpoints.apiRoot());
    }

    private static SignInService signInService(Database database, Aead tokenKey, GoogleSignIn google, Clock clock) {
        return new SignInService(google, new JdbiAccountProfiles(database.jdbi(), clock),
                new EncryptedTokenVault(database.jdbi(), tokenKey, clock), new JdbiWebSessions(database.jdbi()), clock);
    }
}
