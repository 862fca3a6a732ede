package touchbase.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;
import touchbase.domain.GoogleTokens;

/**
 * Signing in with Google (OAuth 2.0 web-server flow with PKCE), browser sessions, signing out, and
 * disconnecting.
 *
 * <p>A sign-in is bound to the browser session that started it: its {@code state} and PKCE verifier
 * are kept server-side for {@link #PENDING_LIFETIME} and can be used once. A successful sign-in ends
 * the old session and starts a new one with a new id (no session fixation). Tokens are merged with
 * the stored ones by {@link GoogleTokens#updatedWith}, so a refresh token is never lost.
 *
 * <p>A signed-in session lasts {@link #SESSION_LIFETIME} at most and ends after
 * {@link WebSession#IDLE_TIMEOUT} without a request. Signing in again is then one click: Google is
 * asked for its consent screen ({@code prompt=consent}) only when no refresh token is stored for the
 * account; when that is only learnt from Google's answer, the browser is sent back once with it.
 * A returning person is found by Google's subject ({@code sub}); by email only for an account that
 * has no subject yet, and only when Google verified the email.
 */
public final class SignInService {

    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    public static final Duration ANONYMOUS_SESSION_LIFETIME = Duration.ofHours(1);
    /** The absolute lifetime of a signed-in session, however busy (OWASP ASVS 3.3.2). */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final GoogleSignIn google;
    private final AccountProfiles accounts;
    private final TokenVault vault;
    private final WebSessions sessions;
    private final Clock clock;
    private final AccessTokens accessTokens;
    private final Consumer<String> onConnected;

    public SignInService(GoogleSignIn google, AccountProfiles accounts, TokenVault vault, WebSessions sessions,
                         Clock clock) {
        this(google, accounts, vault, sessions, clock, accountId -> { });
    }

    /** @param onConnected told the id of each account connected (again), after its tokens are stored */
    public SignInService(GoogleSignIn google, AccountProfiles accounts, TokenVault vault, WebSessions sessions,
                         Clock clock, Consumer<String> onConnected) {
        this.onConnected = Objects.requireNonNull(onConnected, "onConnected must not be null");
        this.google = Objects.requireNonNull(google, "google must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.accessTokens = new AccessTokens(google, accounts, vault, clock);
    }

    /**
     * The live session with this id; empty when unknown or over (an expired session is deleted). Each
     * use counts as activity; the last-seen time is stored at most once a minute.
     */
    public Optional<WebSession> session(String sessionId) {
        Instant now = clock.instant();
        Optional<WebSession> found = sessions.find(sessionId);
        if (found.isEmpty()) {
            return found;
        }
        if (found.get().isExpiredAt(now)) {
            sessions.delete(sessionId);
            return Optional.empty();
        }
        if (found.get().needsTouchAt(now)) {
            sessions.touch(sessionId, now);
            return Optional.of(found.get().seenAt(now));
        }
        return found;
    }

    /** Signs out: the session ends on the server (its cookie becomes worthless). Unknown ids are fine. */
    public void signOut(String sessionId) {
        sessions.delete(sessionId);
    }

    /** The account signed in on this session, if any. */
    public Optional<AccountProfile> account(WebSession session) {
        return session.accountId().flatMap(accounts::byId);
    }

    /**
     * Starts a sign-in on the browser's session (a new anonymous one when it has none): a fresh
     * {@code state} and PKCE verifier are stored for ten minutes and the URL to send it to returned.
     */
    public SignInStart startSignIn(Optional<String> sessionId) {
        WebSession session = sessionId.flatMap(this::session).orElseGet(this::newAnonymousSession);
        boolean askConsent = session.accountId().filter(id -> !hasRefreshToken(id)).isPresent();
        return new SignInStart(session, pendingSignIn(session, askConsent));
    }

    /**
     * Finishes a sign-in from Google's answer: checks the state against the browser's session (used up
     * either way), then exchanges the code and connects the account. A success rotates the session.
     */
    public SignInOutcome finishSignIn(Optional<String> sessionId, SignInCallback callback) {
        if (callback.state().isEmpty()) {
            return new SignInOutcome.InvalidState("the answer from Google has no state");
        }
        Optional<WebSession> session = sessionId.flatMap(this::session);
        if (session.isEmpty()) {
            return new SignInOutcome.InvalidState("this browser has no sign-in in progress");
        }
        Optional<PendingSignIn> pending = sessions.takePendingSignIn(session.get().id(), callback.state().get());
        if (pending.isEmpty()) {
            return new SignInOutcome.InvalidState("this sign-in is unknown or was already used");
        }
        if (!clock.instant().isBefore(pending.get().expiresAt())) {
            return new SignInOutcome.InvalidState("this sign-in took longer than "
                    + PENDING_LIFETIME.toMinutes() + " minutes");
        }
        if (callback.error().isPresent()) {
            return new SignInOutcome.Denied(callback.error().get());
        }
        if (callback.code().isEmpty()) {
            return new SignInOutcome.Failed("Google sent neither a code nor an error");
        }
        WebSession current = session.get();
        SignInOutcome outcome = connect(callback.code().get(), pending.get().codeVerifier(),
                pending.get().askedConsent() ? Optional.empty() : Optional.of(() -> pendingSignIn(current, true)));
        if (outcome instanceof SignInOutcome.Connected connected) {
            sessions.delete(current.id());
            WebSession signedIn = newSession(Optional.of(connected.account().id()), SESSION_LIFETIME);
            return new SignInOutcome.SignedIn(signedIn, connected.account());
        }
        return outcome;
    }

    /**
     * Exchanges an authorization code, checks the granted scopes, reads the profile, then creates or
     * updates the account and stores its tokens. Nothing is stored unless every step succeeds.
     */
    public SignInOutcome connect(String code, String codeVerifier) {
        return connect(code, codeVerifier, Optional.empty());
    }

    /**
     * @param consentUrl when present and neither Google's answer nor the vault has a refresh token for
     *     the account, nothing is stored and the answer is {@link SignInOutcome.ConsentNeeded} with
     *     this URL
     */
    private SignInOutcome connect(String code, String codeVerifier, Optional<Supplier<URI>> consentUrl) {
        GoogleTokens tokens;
        GoogleProfile profile;
        try {
            tokens = google.exchange(code, codeVerifier);
            List<GoogleScopes.Permission> missing = GoogleScopes.missingFrom(tokens.grantedScopes());
            if (!missing.isEmpty()) {
                return new SignInOutcome.MissingPermissions(missing);
            }
            profile = google.profile(tokens.accessToken());
        } catch (GoogleAuthException e) {
            return new SignInOutcome.Failed(e.getMessage());
        }
        Optional<AccountProfile> existing = accounts.byGoogleSubject(profile.subject());
        if (existing.isEmpty()) {
            Optional<AccountProfile> sameEmail = accounts.byEmail(profile.email());
            if (sameEmail.flatMap(AccountProfile::googleSubject).isPresent()) {
                return new SignInOutcome.Failed(profile.email() + " already belongs to another Google account in Touchbase");
            }
            if (sameEmail.isPresent() && !profile.emailVerified()) {
                return new SignInOutcome.Failed("Google has not verified " + profile.email()
                        + ", so it cannot sign in to the Touchbase account with that email");
            }
            existing = sameEmail;
        }
        if (tokens.refreshToken().isEmpty() && consentUrl.isPresent()
                && existing.filter(a -> hasRefreshToken(a.id())).isEmpty()) {
            return new SignInOutcome.ConsentNeeded(consentUrl.get().get());
        }
        String id = existing.map(AccountProfile::id).orElseGet(() -> UUID.randomUUID().toString());
        AccountProfile account = new AccountProfile(id, Optional.of(profile.subject()), profile.email(),
                profile.displayName(), profile.timeZone(), ConnectionStatus.CONNECTED);
        accounts.save(account);
        vault.save(id, vault.load(id).map(stored -> stored.updatedWith(tokens)).orElse(tokens));
        onConnected.accept(id);
        return new SignInOutcome.Connected(account);
    }

    /**
     * Revokes the account's token at Google, then deletes it here, marks the account disconnected and
     * ends every session of the account on every browser (even when Google cannot be reached).
     * Returns whether Google confirmed the revocation.
     */
    public boolean disconnect(String accountId) {
        Optional<GoogleTokens> tokens = vault.load(accountId);
        try {
            tokens.ifPresent(t -> google.revoke(t.refreshToken().orElse(t.accessToken())));
            return true;
        } catch (GoogleAuthException e) {
            return false;
        } finally {
            vault.delete(accountId);
            accounts.markDisconnected(accountId);
            sessions.deleteAllOf(accountId);
        }
    }

    /** Where Google's sign-in page lives, for the pages' {@code form-action} policy. */
    public URI authorizationEndpoint() {
        return google.authorizationEndpoint();
    }

    /** See {@link AccessTokens#validAccessToken}. */
    public Optional<String> validAccessToken(String accountId) {
        return accessTokens.validAccessToken(accountId);
    }

    private WebSession newAnonymousSession() {
        return newSession(Optional.empty(), ANONYMOUS_SESSION_LIFETIME);
    }

    private WebSession newSession(Optional<String> accountId, Duration lifetime) {
        Instant now = clock.instant();
        sessions.deleteExpired(now);
        WebSession session = WebSession.start(SecretTokens.random(32), accountId, SecretTokens.random(32), now,
                lifetime);
        sessions.save(session);
        return session;
    }

    /** Stores a fresh {@code state} and PKCE verifier on the session and returns Google's URL for them. */
    private URI pendingSignIn(WebSession session, boolean askConsent) {
        Pkce pkce = Pkce.generate();
        String state = SecretTokens.random(32);
        sessions.addPendingSignIn(session.id(),
                new PendingSignIn(state, pkce.verifier(), clock.instant().plus(PENDING_LIFETIME), askConsent));
        return google.authorizationUrl(state, pkce.challenge(), askConsent);
    }

    private boolean hasRefreshToken(String accountId) {
        return vault.load(accountId).flatMap(GoogleTokens::refreshToken).isPresent();
    }
}
