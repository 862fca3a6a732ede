package touchbase.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import touchbase.domain.GoogleTokens;

/**
 * Hands out an access token that Google will accept, refreshing it when it has expired or will
 * within {@link #REFRESH_MARGIN}. When Google refuses the refresh token ({@code invalid_grant}) or
 * there is none, or no tokens are stored (or they no longer decrypt), the stored tokens are deleted and
 * the account is marked disconnected, so its owner is asked to reconnect.
 */
public final class AccessTokens {

    public static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final GoogleSignIn google;
    private final AccountProfiles accounts;
    private final TokenVault vault;
    private final Clock clock;
    /**
     * Only an optimisation inside this JVM (one refresh per account at a time here): two instances that
     * refresh the same account at once each get a valid access token from Google and store one of them,
     * and the refresh token stays the same, so nothing depends on these locks.
     */
    private final ConcurrentMap<String, Object> refreshLocks = new ConcurrentHashMap<>();

    public AccessTokens(GoogleSignIn google, AccountProfiles accounts, TokenVault vault, Clock clock) {
        this.google = Objects.requireNonNull(google, "google must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** A usable access token for the account; empty when the account must reconnect. */
    public Optional<String> validAccessToken(String accountId) {
        synchronized (refreshLocks.computeIfAbsent(accountId, id -> new Object())) {
            Optional<GoogleTokens> stored = vault.load(accountId);
            if (stored.isEmpty()) {
                accounts.markDisconnected(accountId);
                return Optional.empty();
            }
            GoogleTokens tokens = stored.get();
            if (!tokens.expiresWithin(clock.instant(), REFRESH_MARGIN)) {
                return Optional.of(tokens.accessToken());
            }
            Optional<GoogleTokens> refreshed = tokens.refreshToken().flatMap(google::refresh);
            if (refreshed.isEmpty()) {
                disconnect(accountId);
                return Optional.empty();
            }
            GoogleTokens updated = tokens.updatedWith(refreshed.get());
            vault.save(accountId, updated);
            return Optional.of(updated.accessToken());
        }
    }

    private void disconnect(String accountId) {
        vault.delete(accountId);
        accounts.markDisconnected(accountId);
    }
}
