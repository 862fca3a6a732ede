package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import touchbase.GoogleWireMock;
import touchbase.MutableClock;
import touchbase.TestHttp;
import touchbase.account.AccessTokens;
import touchbase.account.Pkce;
import touchbase.config.AppConfig;
import touchbase.config.GoogleEndpoints;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.domain.GoogleTokens;
import touchbase.google.GoogleOAuthClient;
import touchbase.google.GoogleOAuthSettings;
import touchbase.storage.Database;
import touchbase.storage.EncryptedTokenVault;
import touchbase.storage.JdbiAccountProfiles;
import touchbase.storage.TokenEncryption;

/**
 * The sign-in flow over HTTP: the service on port 0, Google as WireMock stubs, a settable clock. One
 * service serves every test; each test starts from empty tables, fresh stubs and the same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInFlowTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private Path dataDir;

    private final GoogleWireMock google = new GoogleWireMock();
    private final MutableClock clock = new MutableClock(START);
    private AppConfig config;
    private RunningService service;
    private Database database;
    private TestHttp http;

    @BeforeAll
    void start(@TempDir Path folder) {
        dataDir = folder;
        config = config("http://localhost:7070");
        service = Wiring.start(config, clock);
        database = Wiring.migratedDatabase(config);
        http = new TestHttp(service.port());
    }

    @BeforeEach
    void reset() {
        database.jdbi().useHandle(h -> {
            for (String table : List.of("sign_in_attempts", "web_sessions", "oauth_credentials", "accounts")) {
                h.execute("DELETE FROM " + table);
            }
        });
        google.reset();
        clock.set(START);
    }

    @AfterAll
    void stop() {
        service.close();
        database.close();
        google.close();
    }

    private AppConfig config(String baseUrl) {
        return AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString(), "TOUCHBASE_BASE_URL", baseUrl))
                .withPort(0)
                .withGoogle(new AppConfig.GoogleClient("client-id.apps.googleusercontent.com", "client-secret"),
                        new GoogleEndpoints(google.uri("/o/oauth2/v2/auth"), google.uri("/token"),
                                google.uri("/revoke"), google.uri("/"), google.uri("/v1/userinfo")));
    }

    /** A browser's first step: GET /auth/google, keeping the pre-sign-in cookie and Google's URL. */
    private record Started(String cookie, URI location, Map<String, String> query) {
    }

    private Started startSignIn() {
        return startSignIn(http);
    }

    private static Started startSignIn(TestHttp http) {
        HttpResponse<String> response = http.get("/auth/google");
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return new Started(sessionCookie(response).orElseThrow(), location, GoogleWireMock.query(location));
    }

    private HttpResponse<String> callback(Optional<String> cookie, String query) {
        return callback(http, cookie, query);
    }

    private static HttpResponse<String> callback(TestHttp http, Optional<String> cookie, String query) {
        HttpRequest.Builder request = http.request("/auth/google/callback" + query).GET();
        cookie.ifPresent(value -> request.header("Cookie", "touchbase_session=" + value));
        return http.send(request.build());
    }

    private HttpResponse<String> answerWithCode(Started started) {
        return callback(Optional.of(started.cookie()), "?state=" + started.query().get("state") + "&code=4/0Ab-code");
    }

    private String signIn() {
        HttpResponse<String> response = answerWithCode(startSignIn());
        assertThat(response.statusCode()).isEqualTo(303);
        return sessionCookie(response).orElseThrow();
    }

    private HttpResponse<String> home(String cookie) {
        return http.send(http.request("/").header("Cookie", "touchbase_session=" + cookie).GET().build());
    }

    /** The session cookie's Set-Cookie header: {@code touchbase_session}, or {@code __Host-touchbase_session} under https. */
    private static Optional<String> setCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("touchbase_session=") || header.startsWith("__Host-touchbase_session="))
                .findFirst();
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return setCookieHeader(response).map(header -> header.substring(header.indexOf('=') + 1).split(";")[0]);
    }

    private int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private String text(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private String accountId() {
        return text("SELECT id FROM accounts");
    }

    private void assertNothingStored() {
        assertThat(rows("accounts")).isZero();
        assertThat(rows("oauth_credentials")).isZero();
    }

    @Test
    void signInRedirectsToGoogleWithEveryRequiredParameter() {
        Started started = startSignIn();

        assertThat(started.location().toString()).startsWith(google.uri("/o/oauth2/v2/auth").toString());
        assertThat(started.query()).containsAllEntriesOf(Map.of(
                "response_type", "code",
                "client_id", "client-id.apps.googleusercontent.com",
                "redirect_uri", "http://localhost:7070/auth/google/callback",
                "scope", "openid email profile https://www.googleapis.com/auth/calendar.events "
                        + "https://www.googleapis.com/auth/calendar.freebusy",
                "access_type", "offline",
                "include_granted_scopes", "true",
                "code_challenge_method", "S256"));
        assertThat(started.query()).as("a newcomer's browser: no stored refresh token is known yet, and Google "
                + "shows its consent screen to whoever has not granted access").doesNotContainKey("prompt");
        assertThat(started.query().get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(started.query().get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theChallengeIsTheS256OfTheVerifierSentToTheTokenEndpoint() {
        Started started = startSignIn();

        answerWithCode(started);

        Map<String, String> tokenRequest = google.formsPostedTo("/token").get(0);
        assertThat(tokenRequest).containsEntry("grant_type", "authorization_code").containsEntry("code", "4/0Ab-code")
                .containsEntry("redirect_uri", "http://localhost:7070/auth/google/callback");
        assertThat(Pkce.challengeOf(tokenRequest.get("code_verifier"))).isEqualTo(started.query().get("code_challenge"));
    }

    @Test
    void eachSignInGetsItsOwnStateAndVerifier() {
        Started first = startSignIn();
        Started second = startSignIn();

        assertThat(second.query().get("state")).isNotEqualTo(first.query().get("state"));
        assertThat(second.query().get("code_challenge")).isNotEqualTo(first.query().get("code_challenge"));
    }

    @Test
    void aSuccessfulSignInCreatesTheAccountAndStartsASessionUnderANewId() {
        Started started = startSignIn();

        HttpResponse<String> response = answerWithCode(started);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/");
        String header = setCookieHeader(response).orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Secure");
        String signedIn = sessionCookie(response).orElseThrow();
        assertThat(signedIn).isNotEqualTo(started.cookie());
        assertThat(text("SELECT email || ' ' || time_zone || ' ' || connection_status FROM accounts"))
                .isEqualTo("ada@example.com Europe/London connected");
        assertThat(home(signedIn).body()).contains("Signed in as <strong id=\"signed-in-email\">ada@example.com");
        assertThat(home(started.cookie()).body()).contains("Connect Google Calendar").doesNotContain("ada@example.com");
    }

    @Test
    void cookiesAreSecureWhenTheBaseUrlIsHttps() {
        try (RunningService https = Wiring.start(config("https://touchbase.example"), clock)) {
            TestHttp browser = new TestHttp(https.port());
            Started started = startSignIn(browser);

            HttpResponse<String> response = browser.send(browser.request("/auth/google/callback?state="
                    + started.query().get("state") + "&code=4/0Ab-code")
                    .header("Cookie", "__Host-touchbase_session=" + started.cookie()).GET().build());

            assertThat(setCookieHeader(response).orElseThrow()).startsWith("__Host-touchbase_session=")
                    .containsIgnoringCase("Secure");
        }
    }

    @Test
    void aStateCanBeUsedOnlyOnce() {
        Started started = startSignIn();
        answerWithCode(started);

        HttpResponse<String> again = answerWithCode(started);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(google.formsPostedTo("/token")).hasSize(1);
    }

    @Test
    void anUnknownStateIsRejectedAndNothingIsStored() {
        Started started = startSignIn();

        HttpResponse<String> response = callback(Optional.of(started.cookie()), "?state=forged&code=4/0Ab-code");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("This sign-in cannot be finished");
        assertThat(google.formsPostedTo("/token")).isEmpty();
        assertNothingStored();
    }

    @Test
    void aMissingStateIsRejectedAndNothingIsStored() {
        Started started = startSignIn();

        assertThat(callback(Optional.of(started.cookie()), "?code=4/0Ab-code").statusCode()).isEqualTo(400);
        assertNothingStored();
    }

    @Test
    void aStateFromAnotherBrowserIsRejected() {
        Started started = startSignIn();

        HttpResponse<String> response = callback(Optional.empty(), "?state=" + started.query().get("state") + "&code=c");

        assertThat(response.statusCode()).isEqualTo(400);
        assertNothingStored();
    }

    @Test
    void aStateOlderThanTenMinutesIsRejectedAndNothingIsStored() {
        Started started = startSignIn();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(answerWithCode(started).statusCode()).isEqualTo(400);
        assertThat(google.formsPostedTo("/token")).isEmpty();
        assertNothingStored();
    }

    @Test
    void decliningOnGooglesConsentScreenShowsAFriendlyPage() {
        Started started = startSignIn();

        HttpResponse<String> response = callback(Optional.of(started.cookie()),
                "?error=access_denied&state=" + started.query().get("state"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("You chose not to connect Google Calendar").contains("Try again")
                .contains("href=\"/auth/google\"");
        assertNothingStored();
    }

    @Test
    void anUntickedPermissionIsNamedWithAnOfferToRetry() {
        google.givenTokenExchangeGrants("openid https://www.googleapis.com/auth/userinfo.email "
                + "https://www.googleapis.com/auth/calendar.events", true);

        HttpResponse<String> response = answerWithCode(startSignIn());

        assertThat(response.body())
                .contains("Touchbase needs permission to see when you are busy (calendar.freebusy)")
                .contains("Try again");
        assertNothingStored();
    }

    @Test
    void aSecondSignInWithoutRefreshTokenKeepsTheStoredOne() {
        signIn();
        google.givenTokenExchangeGrants(GoogleWireMock.ALL_SCOPES, false);

        signIn();

        assertThat(rows("accounts")).isEqualTo(1);
        assertThat(storedTokens().refreshToken()).contains(GoogleWireMock.REFRESH_TOKEN);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithTheRefreshToken() {
        signIn();
        clock.advance(Duration.ofHours(1));

        Optional<String> token = accessTokens().validAccessToken(accountId());

        assertThat(token).contains(GoogleWireMock.REFRESHED_ACCESS_TOKEN);
        assertThat(google.formsPostedTo("/token")).last().satisfies(form -> assertThat(form)
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", GoogleWireMock.REFRESH_TOKEN));
        assertThat(storedTokens().accessToken()).isEqualTo(GoogleWireMock.REFRESHED_ACCESS_TOKEN);
        assertThat(storedTokens().refreshToken()).contains(GoogleWireMock.REFRESH_TOKEN);
    }

    @Test
    void aRefreshAnsweredInvalidGrantDisconnectsTheAccountAndThePageAsksToReconnect() {
        String cookie = signIn();
        google.givenRefreshIsRefused();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(20));
            home(cookie);
        }

        assertThat(accessTokens().validAccessToken(accountId())).isEmpty();

        assertThat(text("SELECT connection_status FROM accounts")).isEqualTo("disconnected");
        assertThat(home(cookie).body()).contains("id=\"reconnect-prompt\"").contains("Reconnect Google Calendar");
    }

    @Test
    void disconnectRevokesTheTokenAtGoogleAndDeletesItHere() {
        String cookie = signIn();
        String csrf = csrfFrom(home(cookie).body());

        HttpResponse<String> response = http.send(http.request("/auth/google/disconnect")
                .header("Cookie", "touchbase_session=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf)).build());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(google.formsPostedTo("/revoke")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("token", GoogleWireMock.REFRESH_TOKEN));
        assertThat(rows("oauth_credentials")).isZero();
        assertThat(response.headers().firstValue("Location")).contains("/?notice=disconnected");
        assertThat(home(cookie).body()).as("disconnecting signs out").contains("Connect Google Calendar")
                .doesNotContain("ada@example.com");
    }

    @Test
    void disconnectWithoutTheSessionsCsrfTokenIsRefused() {
        String cookie = signIn();

        HttpResponse<String> response = http.send(http.request("/auth/google/disconnect")
                .header("Cookie", "touchbase_session=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=guessed")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(google.formsPostedTo("/revoke")).isEmpty();
        assertThat(rows("oauth_credentials")).isEqualTo(1);
    }

    @Test
    void tokensAreUnreadableInTheDatabaseFileAndTheKeyIsOwnerOnly() throws IOException {
        signIn();

        String files = databaseFileBytes();

        assertThat(files).contains("ada@example.com")
                .doesNotContain(GoogleWireMock.ACCESS_TOKEN).doesNotContain(GoogleWireMock.REFRESH_TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secret.key"))))
                .isEqualTo("rw-------");
    }

    private String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page has a CSRF field").isTrue();
        return m.group(1);
    }

    private GoogleTokens storedTokens() {
        return vault().load(accountId()).orElseThrow();
    }

    private EncryptedTokenVault vault() {
        return new EncryptedTokenVault(database.jdbi(), TokenEncryption.aead(dataDir, Optional.empty()), clock);
    }

    /** The use case the calendar gateway will call, over the same database and Google. */
    private AccessTokens accessTokens() {
        GoogleOAuthSettings settings = new GoogleOAuthSettings("client-id.apps.googleusercontent.com", "client-secret",
                config.redirectUri(), google.uri("/o/oauth2/v2/auth"), google.uri("/token"), google.uri("/revoke"),
                google.uri("/v1/userinfo"), google.uri("/"));
        return new AccessTokens(new GoogleOAuthClient(settings, clock), new JdbiAccountProfiles(database.jdbi(), clock),
                vault(), clock);
    }

    private String databaseFileBytes() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> dbFiles = files.filter(f -> f.getFileName().toString().startsWith("touchbase.db")).toList();
            for (Path file : dbFiles) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
