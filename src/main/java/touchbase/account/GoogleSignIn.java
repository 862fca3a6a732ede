package touchbase.account;

import java.net.URI;
import java.util.Optional;
import touchbase.domain.GoogleTokens;

/**
 * Google's side of the OAuth 2.0 web-server flow, implemented by the {@code google} adapter. Every
 * method except {@link #authorizationUrl} calls Google and throws {@link GoogleAuthException} when
 * Google answers with something unexpected or cannot be reached.
 */
public interface GoogleSignIn {

    /**
     * Where to send the browser: the authorization endpoint with {@code response_type=code}, the
     * {@link GoogleScopes#REQUESTED} scopes, offline access, {@code include_granted_scopes=true},
     * {@code state} and the PKCE challenge ({@code S256}), and {@code prompt=consent} only when
     * {@code askConsent}: Google then shows its consent screen again and issues a new refresh token;
     * without it a returning person who granted everything before is signed in with one click.
     */
    URI authorizationUrl(String state, String codeChallenge, boolean askConsent);

    /** The authorization endpoint the browser is sent to (its origin must be allowed by the pages' CSP). */
    URI authorizationEndpoint();

    /**
     * Exchanges an authorization code (with the PKCE verifier and the same redirect URI) for tokens.
     * When Google's answer lists no scopes they are the requested ones (RFC 6749 section 5.1).
     */
    GoogleTokens exchange(String code, String codeVerifier);

    /** Who the access token belongs to and their calendar's time zone. */
    GoogleProfile profile(String accessToken);

    /**
     * A new access token for a refresh token; empty when Google refuses the grant
     * ({@code invalid_grant}: revoked, expired, or the password changed), so the person must sign in
     * again. The answer usually has no refresh token.
     */
    Optional<GoogleTokens> refresh(String refreshToken);

    /** Revokes a token (a refresh token revokes its access tokens too); an already dead token is fine. */
    void revoke(String token);
}
