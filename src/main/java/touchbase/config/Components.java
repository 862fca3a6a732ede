package touchbase.config;

import com.google.crypto.tink.Aead;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import touchbase.account.AccessTokens;
import touchbase.account.AccountPreferences;
import touchbase.account.IdempotentAnswers;
import touchbase.booking.SeriesLookup;
import touchbase.booking.Booker;
import touchbase.colleagues.ColleagueBook;
import touchbase.booking.OutboxWorker;
import touchbase.booking.Proposals;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.RecheckJob;
import touchbase.upkeep.Relationships;
import touchbase.upkeep.JustMet;
import touchbase.upkeep.LastContacts;
import touchbase.storage.JdbiMeetingLog;
import touchbase.storage.JdbiContactSettings;
import touchbase.booking.SeriesChanges;
import touchbase.account.SettingsLookup;
import touchbase.account.limits.RequestLimits;
import touchbase.storage.limits.JdbiRequestLedger;
import touchbase.google.ApiCallCounter;
import touchbase.google.GoogleApiSettings;
import touchbase.google.GoogleCalendarAccess;
import touchbase.google.GoogleCalendarClientFactory;
import touchbase.google.GoogleOAuthClient;
import touchbase.booking.TouchBases;
import touchbase.booking.GroupBooking;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.GroupBook;
import touchbase.storage.groups.JdbiGroups;
import touchbase.feed.FeedCache;
import touchbase.account.changes.AccountChanges;
import touchbase.account.changes.ChangeWatch;
import touchbase.account.changes.SettingsWatch;
import touchbase.account.AccountSettingsStore;
import touchbase.feed.Feeds;
import touchbase.storage.Database;
import touchbase.storage.feed.JdbiFeedRevisions;
import touchbase.storage.feed.JdbiFeedSettings;
import touchbase.storage.feed.JdbiFeedTokens;
import touchbase.storage.feed.JdbiAccountVersions;
import touchbase.storage.EncryptedTokenVault;
import touchbase.storage.JdbiAccountProfiles;
import touchbase.storage.JdbiAccountSettings;
import touchbase.storage.JdbiColleagues;
import touchbase.storage.JdbiIdempotencyKeys;
import touchbase.storage.JdbiSyncTokens;
import touchbase.storage.JdbiTouchBases;
import touchbase.storage.JdbiWebSessions;
import touchbase.storage.TokenEncryption;

/**
 * Every component of a running Touchbase, built once from the configuration, the database and a
 * clock: the storage adapters, the Google adapters (when a Google client is configured, real or
 * the demo emulator's) and the booking use cases over them, with the background jobs ({@link BackgroundJobs})
 * and the request limits.
 */
final class Components {

    static final Duration OUTBOX_EVERY = Duration.ofSeconds(2);
    static final Duration RECHECK_EVERY = Duration.ofMinutes(30);
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    final JdbiAccountProfiles accounts;
    final EncryptedTokenVault vault;
    final JdbiWebSessions sessions;
    final Colleagues colleagues;
    final AccountSettingsStore settingsStore;
    final TouchBases touchBases;
    final JdbiIdempotencyKeys idempotencyKeys;
    final JdbiSyncTokens syncTokens;
    final SettingsLookup settings;
    final ApiCallCounter apiCalls = new ApiCallCounter();
    final GoogleOAuthClient google;
    final AccessTokens accessTokens;
    final GoogleCalendarAccess calendars;
    final Proposals proposals;
    final BackgroundJobs jobs;
    final SeriesChanges seriesChanges;
    final Booker booker;
    final ColleagueBook colleagueBook;
    final GroupBook groupBook;
    final GroupBooking groupBooking;
    final touchbase.booking.roulette.RouletteBooking roulette;
    final Recheck recheck;
    final Relationships relationships;
    final LastContacts lastContacts;
    final JustMet justMet;
    final AccountPreferences preferences;
    final IdempotentAnswers idempotentAnswers;
    final SeriesLookup seriesLookup;
    final AccountChanges changes;
    final FeedCache feedCache;
    final Feeds feeds;
    final RequestLimits limits;

    Components(AppConfig config, Database database, Clock clock) {
        this(config, database, clock, GoogleHttp.standard());
    }

    Components(AppConfig config, Database database, Clock clock, GoogleHttp googleHttp) {
        AppConfig.GoogleClient client = config.googleClient().orElseThrow(() -> new ConfigException(
                "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set (or leave both unset for demo mode)"));
        Aead tokenKey = TokenEncryption.aead(config.dataDir(), config.secretKey());
        changes = new AccountChanges(new JdbiAccountVersions(database.jdbi()));
        feedCache = new FeedCache(changes);
        accounts = new JdbiAccountProfiles(database.jdbi(), clock);
        vault = new EncryptedTokenVault(database.jdbi(), tokenKey, clock);
        sessions = new JdbiWebSessions(database.jdbi());
        colleagues = ChangeWatch.watching(new JdbiColleagues(database.jdbi(), clock), changes);
        settingsStore = SettingsWatch.watching(new JdbiAccountSettings(database.jdbi(), clock), changes);
        touchBases = ChangeWatch.watching(new JdbiTouchBases(database.jdbi(), clock), changes);
        idempotencyKeys = new JdbiIdempotencyKeys(database.jdbi(), clock);
        syncTokens = new JdbiSyncTokens(database.jdbi(), clock);
        settings = new SettingsLookup(settingsStore,
                accountId -> accounts.byId(accountId).map(touchbase.domain.AccountProfile::timeZone), ZoneOffset.UTC);
        google = new GoogleOAuthClient(Wiring.oauthSettings(config, client), clock);
        accessTokens = new AccessTokens(google, accounts, vault, clock);
        calendars = calendars(config, client, googleHttp, clock);
        proposals = new Proposals(colleagues, settings, touchBases, calendars, clock);
        groupBook = groupBook(database, colleagues, changes, clock);
        OutboxWorker worker = new OutboxWorker(touchBases, colleagues, groupBook, calendars, clock,
                touchbase.booking.RetryPolicy.standard(), 50, config.outboxLease());
        lastContacts = lastContacts(database, calendars, syncTokens, changes, clock);
        recheck = new Recheck(touchBases, colleagues, settings, calendars, syncTokens, clock, Recheck.WINDOW, false,
                Optional.of(lastContacts), Optional.of(groupBook));
        limits = limits(config, database, clock);
        jobs = jobs(database, worker, clock);
        seriesChanges = new SeriesChanges(touchBases, settings, clock, jobs::wakeOutbox);
        booker = new Booker(colleagues, settings, touchBases, proposals, clock, jobs::wakeOutbox);
        groupBooking = new GroupBooking(groupBook, proposals, booker);
        roulette = roulette(database, clock);
        colleagueBook = new ColleagueBook(colleagues, settings, touchBases, seriesChanges, calendars, clock);
        relationships = new Relationships(colleagues, touchBases, Optional.of(lastContacts), clock).keptUntilChangedIn(changes);
        justMet = new JustMet(relationships, seriesChanges);
        preferences = new AccountPreferences(settings, settingsStore);
        idempotentAnswers = new IdempotentAnswers(idempotencyKeys);
        seriesLookup = new SeriesLookup(touchBases).keptUntilChangedIn(changes, clock);
        feeds = feeds(config, database, tokenKey, clock);
    }

    private static RequestLimits limits(AppConfig config, Database database, Clock clock) {
        return new RequestLimits(new JdbiRequestLedger(database.jdbi()),
                new RequestLimits.Budget(config.signInStarts(), RequestLimits.SIGN_IN_STARTS.window()), clock);
    }

    private GoogleCalendarAccess calendars(AppConfig config, AppConfig.GoogleClient client, GoogleHttp googleHttp,
            Clock clock) {
        return new GoogleCalendarAccess(new GoogleCalendarClientFactory(api(config, client, googleHttp),
                googleHttp.retries(), apiCalls, clock), accessTokens, vault, accounts);
    }

    private Feeds feeds(AppConfig config, Database database, Aead tokenKey, Clock clock) {
        return new Feeds(new Feeds.Stores(new JdbiFeedTokens(database.jdbi(), tokenKey, clock),
                new JdbiFeedSettings(database.jdbi()), new JdbiFeedRevisions(database.jdbi()), touchBases, colleagues,
                accounts), feedCache, config.baseUrl(), clock);
    }

    /** The coffee roulette's booking; needs the group book, the series store, settings, calendars and jobs made. */
    private touchbase.booking.roulette.RouletteBooking roulette(Database database, Clock clock) {
        return new touchbase.booking.roulette.RouletteBooking(groupBook,
                new touchbase.storage.groups.JdbiRoulettePairs(database.jdbi()), touchBases, settings, calendars, clock,
                jobs::wakeOutbox);
    }

    private static GroupBook groupBook(Database database, Colleagues colleagues, AccountChanges changes, Clock clock) {
        return new GroupBook(SettingsWatch.watching(new JdbiGroups(database.jdbi(), clock), changes), colleagues,
                () -> java.util.UUID.randomUUID().toString(),
                Optional.of(new touchbase.storage.groups.JdbiRoulettePairs(database.jdbi())));
    }

    /** An account connected again: its writes that waited (for the reconnect, or a retry) go now. */
    void resumeWrites(String accountId, Clock clock) {
        touchBases.resumeWrites(accountId, java.time.Instant.now(clock));
        jobs.wakeOutbox();
    }

    private static GoogleApiSettings api(AppConfig config, AppConfig.GoogleClient client, GoogleHttp googleHttp) {
        GoogleApiSettings api = GoogleApiSettings.google(client.clientId(), client.clientSecret())
                .withEndpoints(config.googleEndpoints().apiRoot().toString(), config.googleEndpoints().tokenUri().toString());
        return api.withTimeouts(api.connectTimeout(), googleHttp.readTimeout());
    }

    /** Rechecks the accounts with active series and reads last contact for the other accounts with colleagues. */
    private RecheckJob recheckJob() {
        return new RecheckJob(recheck, touchBases, Optional.of(colleagues),
                (accountId, work) -> limits.aloneOrSkip(accountId, RequestLimits.Expensive.RECHECK, work));
    }

    /** The outbox, the recheck, and the purge of expired sessions, sign-ins and request limits. */
    private BackgroundJobs jobs(Database database, OutboxWorker worker, Clock clock) {
        return new BackgroundJobs(database.dataSource(), "sqlite".equals(database.dialect().name()), clock,
                worker::runOnce, recheckJob(), () -> {
                    limits.purgeExpired();
                    sessions.deleteExpired(clock.instant());
                });
    }

    private static LastContacts lastContacts(Database database, GoogleCalendarAccess calendars,
            JdbiSyncTokens syncTokens, AccountChanges changes, Clock clock) {
        return new LastContacts(calendars, SettingsWatch.watching(new JdbiMeetingLog(database.jdbi()), changes),
                syncTokens, SettingsWatch.watching(new JdbiContactSettings(database.jdbi()), changes), clock);
    }
}
