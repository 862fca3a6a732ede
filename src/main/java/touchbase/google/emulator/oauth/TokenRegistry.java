package touchbase.google.emulator.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorRequest;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.domain.Sha256;

/**
 * Authorization codes, grants and tokens, with Google's rules: codes are single-use and live
 * ten minutes, are bound to client, redirect URI and PKCE challenge (S256 or plain); a refresh
 * token is issued for {@code access_type=offline} on the first consent only (or again with
 * {@code prompt=consent}); refreshing never issues a new refresh token; revoking either token
 * revokes the whole grant.
 */
public final class TokenRegistry {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(3599);
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** Consent given by a person to a client; mutable, guarded by the registry's lock. */
    static final class Grant {
        final String clientId;
        final EmulatedPerson person;
        final Set<String> scopes;
        String refreshToken;
        boolean revoked;

        Grant(String clientId, EmulatedPerson person, Set<String> scopes) {
            this.clientId = clientId;
            this.person = person;
            this.scopes = scopes;
        }
    }

    /** A valid access token's owner and scopes. */
    public record Session(EmulatedPerson person, Set<String> scopes, String clientId) {

        /** 403 {@code insufficientPermissions} unless one of {@code accepted} (short names, as the discovery document lists them) was granted. */
        public void require(List<String> accepted) {
            if (!Scopes.anyOf(scopes, accepted)) {
                throw ApiException.insufficientScopes();
            }
        }
    }

    private record Code(AuthorizationRequest request, EmulatedPerson person, Instant expiresAt) {
    }

    private record Access(Grant grant, Instant expiresAt) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AuthorizationRequest> pending = new HashMap<>();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Access> accessTokens = new HashMap<>();
    private final Map<String, Grant> refreshTokens = new HashMap<>();
    private final List<Grant> grants = new ArrayList<>();

    public TokenRegistry(Clock clock) {
        this.clock = clock;
    }

    synchronized String hold(AuthorizationRequest request) {
        String id = random(24);
        pending.put(id, request);
        return id;
    }

    synchronized Optional<AuthorizationRequest> take(String pendingId) {
        return Optional.ofNullable(pending.remove(pendingId));
    }

    synchronized String issueCode(AuthorizationRequest request, EmulatedPerson person) {
        String code = "4/0Aemu" + random(48);
        codes.put(code, new Code(request, person, clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /** The scopes this person already granted this client (for include_granted_scopes). */
    synchronized Set<String> grantedScopes(String clientId, EmulatedPerson person) {
        Set<String> scopes = new LinkedHashSet<>();
        liveGrants(clientId, person).forEach(g -> scopes.addAll(g.scopes));
        return scopes;
    }

    synchronized TokenGrantResult exchange(String clientId, String redirectUri, String code, String verifier) {
        if (code == null || !code.startsWith("4/")) {
            throw OAuthException.invalidGrant("Malformed auth code.");
        }
        Code issued = codes.remove(code);
        if (issued == null || !issued.request().clientId().equals(clientId)
                || clock.instant().isAfter(issued.expiresAt())) {
            throw OAuthException.invalidGrant("Bad Request");
        }
        AuthorizationRequest request = issued.request();
        if (!request.redirectUri().equals(redirectUri)) {
            throw new OAuthException(400, "redirect_uri_mismatch", "Bad Request");
        }
        checkPkce(request, verifier);
        boolean firstConsent = liveGrants(clientId, issued.person()).stream().noneMatch(g -> g.refreshToken != null);
        Grant grant = new Grant(clientId, issued.person(), new LinkedHashSet<>(request.scopes()));
        grants.add(grant);
        if (request.offline() && (firstConsent || request.forceConsent())) {
            grant.refreshToken = "1//0emu" + random(48);
            refreshTokens.put(grant.refreshToken, grant);
        }
        return new TokenGrantResult(access(grant), grant);
    }

    synchronized TokenGrantResult refresh(String clientId, String refreshToken) {
        Grant grant = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (grant == null || grant.revoked) {
            throw OAuthException.expiredOrRevoked();
        }
        if (!grant.clientId.equals(clientId)) {
            throw new OAuthException(401, "unauthorized_client", "Unauthorized");
        }
        return new TokenGrantResult(access(grant), grant);
    }

    /** Issues tokens without the consent page (tests and demo wiring). */
    public synchronized IssuedTokens issue(String clientId, EmulatedPerson person, Set<String> scopes) {
        Grant grant = new Grant(clientId, person, new LinkedHashSet<>(scopes));
        grants.add(grant);
        grant.refreshToken = "1//0emu" + random(48);
        refreshTokens.put(grant.refreshToken, grant);
        return new IssuedTokens(access(grant), Optional.of(grant.refreshToken));
    }

    /** Revokes the grant behind an access or refresh token; false when the token is unknown. */
    public synchronized boolean revoke(String token) {
        Grant grant = refreshTokens.get(token);
        if (grant == null && accessTokens.containsKey(token)) {
            grant = accessTokens.get(token).grant();
        }
        if (grant == null || grant.revoked) {
            return false;
        }
        grant.revoked = true;
        return true;
    }

    public synchronized void expire(String accessToken) {
        Access access = accessTokens.get(accessToken);
        if (access != null) {
            accessTokens.put(accessToken, new Access(access.grant(), clock.instant().minusSeconds(1)));
        }
    }

    /** The session of the request's {@code Authorization: Bearer} token, when it is valid. */
    public Optional<Session> session(EmulatorRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return session(header.substring(7).trim());
    }

    synchronized Optional<Session> session(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        if (access == null || access.grant().revoked || !clock.instant().isBefore(access.expiresAt())) {
            return Optional.empty();
        }
        Grant grant = access.grant();
        return Optional.of(new Session(grant.person, Set.copyOf(grant.scopes), grant.clientId));
    }

    private String access(Grant grant) {
        String token = "ya29.emu" + random(64);
        accessTokens.put(token, new Access(grant, clock.instant().plus(ACCESS_TOKEN_LIFETIME)));
        return token;
    }

    private List<Grant> liveGrants(String clientId, EmulatedPerson person) {
        return grants.stream().filter(g -> !g.revoked && g.clientId.equals(clientId) && g.person.equals(person)).toList();
    }

    private static void checkPkce(AuthorizationRequest request, String verifier) {
        if (request.codeChallenge() == null) {
            return;
        }
        if (verifier == null || verifier.isEmpty()) {
            throw OAuthException.invalidGrant("Missing code verifier.");
        }
        String expected = "plain".equals(request.codeChallengeMethod()) ? verifier : s256(verifier);
        if (!expected.equals(request.codeChallenge())) {
            throw OAuthException.invalidGrant("Invalid code verifier.");
        }
    }

    public static String s256(String verifier) {
        return Sha256.base64Url(verifier);
    }

    private String random(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer).substring(0, bytes);
    }
}
