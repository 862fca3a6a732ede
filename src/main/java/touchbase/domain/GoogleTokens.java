package touchbase.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth tokens Google issued for one account. Secret: {@link #toString()} shows neither token.
 *
 * @param refreshToken present only when Google issued one; Google sends it on consent only
 *     (<a href="https://developers.google.com/identity/protocols/oauth2/web-server#offline">offline access</a>)
 * @param grantedScopes the scopes the person actually granted (they may untick some)
 */
public record GoogleTokens(String accessToken, Optional<String> refreshToken, Instant expiresAt,
                           Set<String> grantedScopes) {

    public GoogleTokens {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        Objects.requireNonNull(refreshToken, "refreshToken must not be null");
        refreshToken = refreshToken.filter(token -> !token.isBlank());
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        grantedScopes = Set.copyOf(Objects.requireNonNull(grantedScopes, "grantedScopes must not be null"));
    }

    /** True when the access token has expired at {@code now} or will within {@code margin}. */
    public boolean expiresWithin(Instant now, Duration margin) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /**
     * These tokens updated with newer ones from Google. A newer answer without a refresh token
     * (Google sends one only on consent, never on refresh) keeps the stored refresh token, and an
     * answer without scopes keeps the known scopes: a refresh token is never overwritten with nothing.
     */
    public GoogleTokens updatedWith(GoogleTokens newer) {
        return new GoogleTokens(newer.accessToken,
                newer.refreshToken.isPresent() ? newer.refreshToken : refreshToken,
                newer.expiresAt,
                newer.grantedScopes.isEmpty() ? grantedScopes : newer.grantedScopes);
    }

    @Override
    public String toString() {
        return "GoogleTokens[accessToken=***, refreshToken=" + refreshToken.map(t -> "***").orElse("none")
                + ", expiresAt=" + expiresAt + ", grantedScopes=" + grantedScopes + "]";
    }
}
