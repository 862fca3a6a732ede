package touchbase.google.emulator;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import touchbase.google.emulator.calendar.CalendarApi;
import touchbase.google.emulator.calendar.events.CalendarStore;
import touchbase.google.emulator.calendar.events.EmulatedEvent;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorRequest;
import touchbase.google.emulator.http.EmulatorResponse;
import touchbase.google.emulator.http.EmulatorServer;
import touchbase.google.emulator.oauth.IssuedTokens;
import touchbase.google.emulator.oauth.OAuthEndpoints;
import touchbase.google.emulator.oauth.Scopes;
import touchbase.google.emulator.oauth.TokenRegistry;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;

/**
 * An in-memory Google (OAuth 2.0, OpenID userinfo and Calendar API v3) on one HTTP server at
 * 127.0.0.1, serving Google's paths so the real Google Java client can run against it with only
 * its root URL and OAuth endpoints changed. Used by demo mode and by tests.
 *
 * <pre>
 * GoogleEmulator google = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(clock)), 0);
 * new Calendar.Builder(transport, GsonFactory.getDefaultInstance(), credential).setRootUrl(google.apiRoot())
 * </pre>
 *
 * Served: {@code GET /o/oauth2/v2/auth} (and {@code /o/oauth2/auth}), {@code POST /token},
 * {@code POST /revoke}, {@code GET /oauth2/v3/userinfo}, and under {@code /calendar/v3/}:
 * {@code POST freeBusy}, {@code GET users/me/settings/{setting}}, {@code GET calendars/{calendarId}},
 * {@code GET|POST calendars/{calendarId}/events}, {@code GET|PATCH|PUT|DELETE
 * calendars/{calendarId}/events/{eventId}}, {@code GET calendars/{calendarId}/events/{eventId}/instances}.
 * Thread-safe; HTTP is served by the JDK's {@code com.sun.net.httpserver}.
 */
public final class GoogleEmulator implements AutoCloseable {

    private final EmulatorSeed seed;
    private final TokenRegistry tokens;
    private final OAuthEndpoints oauth;
    private final CalendarApi calendar;
    private final EmulatorServer server;

    private GoogleEmulator(EmulatorSeed seed, int port, Clock clock) {
        this.seed = seed;
        this.tokens = new TokenRegistry(clock);
        this.oauth = new OAuthEndpoints(seed, tokens, clock);
        this.calendar = new CalendarApi(new CalendarStore(seed, clock), tokens);
        seed.events().forEach(calendar.events()::place);
        this.server = new EmulatorServer(port, this::handle);
    }

    /** Starts on {@code port} (0 picks a free one) with the system clock. */
    public static GoogleEmulator start(EmulatorSeed seed, int port) {
        return start(seed, port, Clock.systemUTC());
    }

    /** Starts with {@code clock} deciding token expiry, {@code created}/{@code updated} and open-ended expansion. */
    public static GoogleEmulator start(EmulatorSeed seed, int port, Clock clock) {
        Objects.requireNonNull(seed, "seed must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        return new GoogleEmulator(seed, port, clock);
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public EmulatorSeed seed() {
        return seed;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Authorization endpoint, like {@code https://accounts.google.com/o/oauth2/v2/auth}. */
    public String authUri() {
        return baseUrl() + "/o/oauth2/v2/auth";
    }

    /** Token endpoint, like {@code https://oauth2.googleapis.com/token}. */
    public String tokenUri() {
        return baseUrl() + "/token";
    }

    /** Revocation endpoint, like {@code https://oauth2.googleapis.com/revoke}. */
    public String revokeUri() {
        return baseUrl() + "/revoke";
    }

    /** OpenID userinfo, like {@code https://openidconnect.googleapis.com/v1/userinfo} ({@code /oauth2/v3/userinfo}). */
    public String userinfoUri() {
        return baseUrl() + "/oauth2/v3/userinfo";
    }

    /** The Calendar client's root URL, like {@code https://www.googleapis.com/}; the service path stays {@code calendar/v3/}. */
    public String apiRoot() {
        return baseUrl() + "/";
    }

    /** Issues tokens for {@code email} to the seed's first client without the consent page. */
    public IssuedTokens issueTokens(String email, Set<String> scopes) {
        return issueTokens(seed.clients().get(0).clientId(), email, scopes);
    }

    public IssuedTokens issueTokens(String clientId, String email, Set<String> scopes) {
        EmulatedPerson person = seed.person(email)
                .orElseThrow(() -> new IllegalArgumentException("email is not a seeded person: " + email));
        return tokens.issue(clientId, person, scopes.stream().map(Scopes::canonical).collect(Collectors.toSet()));
    }

    /** Makes an access token expire now; the Calendar API then answers 401. */
    public void expireAccessToken(String accessToken) {
        tokens.expire(accessToken);
    }

    /** Revokes the grant behind an access or refresh token, like {@code POST /revoke}; false if unknown. */
    public boolean revoke(String token) {
        return tokens.revoke(token);
    }

    /** Makes every sync token issued so far answer 410 {@code fullSyncRequired}. */
    public void invalidateSyncTokens() {
        calendar.events().invalidateSyncTokens();
    }

    /** Everything stored on a calendar (events, cancelled ones and instance exceptions), in insertion order. */
    public List<EmulatedEvent> events(String calendarId) {
        return calendar.events().stored(calendarId);
    }

    public Optional<EmulatedEvent> event(String calendarId, String eventId) {
        return calendar.events().stored(calendarId, eventId);
    }

    private EmulatorResponse handle(EmulatorRequest request) {
        List<String> path = request.segments();
        String method = request.method();
        if (path.equals(List.of("o", "oauth2", "v2", "auth")) || path.equals(List.of("o", "oauth2", "auth"))) {
            return oauth.authorize(request);
        }
        if (path.equals(List.of("o", "oauth2", "v2", "auth", "decision")) && method.equals("POST")) {
            return oauth.decide(request);
        }
        if (path.equals(List.of("token")) && method.equals("POST")) {
            return oauth.token(request);
        }
        if (path.equals(List.of("revoke")) && (method.equals("POST") || method.equals("GET"))) {
            return oauth.revoke(request);
        }
        if (path.equals(List.of("oauth2", "v3", "userinfo")) && method.equals("GET")) {
            return oauth.userinfo(request);
        }
        if (path.size() >= 2 && path.get(0).equals("calendar") && path.get(1).equals("v3")) {
            return calendar.handle(request, path.subList(2, path.size()));
        }
        throw ApiException.notFound();
    }
}
