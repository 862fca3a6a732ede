package touchbase.google.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google's OAuth 2.0 web-server endpoints: the authorization page ({@code /o/oauth2/v2/auth}),
 * the token endpoint ({@code /token}, like https://oauth2.googleapis.com/token), revocation
 * ({@code /revoke}) and OpenID userinfo ({@code /oauth2/v3/userinfo}). The consent page always
 * signs in the seed's account. As Google does, a client the person already granted every requested
 * scope to is sent straight back with a code, without the consent page, unless it asks for
 * {@code prompt=consent}.
 */
final class OAuthEndpoints {

    static final String DECISION_PATH = "/o/oauth2/v2/auth/decision";

    private final EmulatorSeed seed;
    private final TokenRegistry tokens;
    private final Clock clock;

    OAuthEndpoints(EmulatorSeed seed, TokenRegistry tokens, Clock clock) {
        this.seed = seed;
        this.tokens = tokens;
        this.clock = clock;
    }

    EmulatorResponse authorize(EmulatorRequest request) {
        QueryParams q = request.query();
        String clientId = q.first("client_id");
        if (clientId == null || clientId.isBlank()) {
            return page(400, "invalid_request", "Missing required parameter: client_id");
        }
        Optional<OAuthClientRegistration> client = seed.client(clientId);
        if (client.isEmpty()) {
            return page(401, "invalid_client", "The OAuth client was not found.");
        }
        String redirectUri = q.first("redirect_uri");
        if (redirectUri == null || redirectUri.isBlank()) {
            return page(400, "invalid_request", "Missing required parameter: redirect_uri");
        }
        if (!client.get().allowsRedirect(redirectUri)) {
            return page(400, "redirect_uri_mismatch", "redirect_uri is not registered for this client: " + redirectUri);
        }
        if (!"code".equals(q.first("response_type"))) {
            return page(400, "invalid_request", "Invalid response_type: expected code, got " + q.first("response_type"));
        }
        String scope = q.first("scope");
        if (scope == null || scope.isBlank()) {
            return page(400, "invalid_request", "Missing required parameter: scope");
        }
        List<String> scopes = new ArrayList<>();
        for (String s : scope.trim().split("\\s+")) {
            if (!s.startsWith("https://") && !List.of("openid", "email", "profile").contains(s)) {
                return page(400, "invalid_scope", "Some requested scopes were invalid: " + s);
            }
            scopes.add(Scopes.canonical(s));
        }
        String challenge = q.first("code_challenge");
        String method = q.first("code_challenge_method");
        if (challenge != null) {
            method = method == null ? "plain" : method;
            if (!method.equals("S256") && !method.equals("plain")) {
                return page(400, "invalid_request", "Invalid code_challenge_method: " + method);
            }
        }
        AuthorizationRequest held = new AuthorizationRequest(clientId, redirectUri, scopes, q.first("state"),
                challenge, method, "offline".equals(q.first("access_type")),
                q.first("prompt") != null && q.first("prompt").contains("consent"),
                q.flag("include_granted_scopes"));
        if (!held.forceConsent() && tokens.grantedScopes(clientId, seed.account()).containsAll(scopes)) {
            return answer(held, true);
        }
        String pendingId = tokens.hold(held);
        return EmulatorResponse.html(200, ConsentPage.render(seed.account(), clientId, scopes, pendingId, DECISION_PATH));
    }

    EmulatorResponse decide(EmulatorRequest request) {
        QueryParams form = request.form();
        Optional<AuthorizationRequest> held = Optional.ofNullable(form.first("request")).flatMap(tokens::take);
        if (held.isEmpty()) {
            return page(400, "invalid_request", "This consent page has expired; start signing in again.");
        }
        return answer(held.get(), "allow".equals(form.first("decision")));
    }

    /** The redirect back to the client with a code (allowed) or {@code error=access_denied}. */
    private EmulatorResponse answer(AuthorizationRequest auth, boolean allowed) {
        StringBuilder location = new StringBuilder(auth.redirectUri())
                .append(auth.redirectUri().contains("?") ? '&' : '?');
        if (!allowed) {
            location.append("error=access_denied");
        } else {
            Set<String> granted = new LinkedHashSet<>(auth.scopes());
            if (auth.includeGrantedScopes()) {
                granted.addAll(tokens.grantedScopes(auth.clientId(), seed.account()));
            }
            AuthorizationRequest withGranted = new AuthorizationRequest(auth.clientId(), auth.redirectUri(),
                    List.copyOf(granted), auth.state(), auth.codeChallenge(), auth.codeChallengeMethod(),
                    auth.offline(), auth.forceConsent(), auth.includeGrantedScopes());
            location.append("code=").append(encode(tokens.issueCode(withGranted, seed.account())))
                    .append("&scope=").append(encode(String.join(" ", granted)));
        }
        if (auth.state() != null) {
            location.append("&state=").append(encode(auth.state()));
        }
        return EmulatorResponse.redirect(location.toString());
    }

    EmulatorResponse token(EmulatorRequest request) {
        QueryParams form = request.form();
        OAuthClientRegistration client = authenticate(request, form);
        String grantType = form.first("grant_type");
        if (grantType == null) {
            throw new OAuthException(400, "unsupported_grant_type", "Invalid grant_type: ");
        }
        ObjectNode body = Json.object();
        TokenGrantResult result;
        switch (grantType) {
            case "authorization_code" -> {
                if (form.first("code") == null) {
                    throw new OAuthException(400, "invalid_request", "Missing required parameter: code");
                }
                result = tokens.exchange(client.clientId(), form.first("redirect_uri"), form.first("code"),
                        form.first("code_verifier"));
            }
            case "refresh_token" -> {
                if (form.first("refresh_token") == null) {
                    throw new OAuthException(400, "invalid_request", "Missing required parameter: refresh_token");
                }
                result = tokens.refresh(client.clientId(), form.first("refresh_token"));
            }
            default -> throw new OAuthException(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        body.put("access_token", result.accessToken());
        body.put("expires_in", TokenRegistry.ACCESS_TOKEN_LIFETIME.toSeconds());
        if (grantType.equals("authorization_code") && result.grant().refreshToken != null) {
            body.put("refresh_token", result.grant().refreshToken);
        }
        body.put("scope", String.join(" ", result.grant().scopes));
        body.put("token_type", "Bearer");
        if (result.grant().scopes.stream().anyMatch(s -> Set.of("email", "profile", "openid").contains(Scopes.shortName(s)))) {
            body.put("id_token", idToken(result.grant(), client.clientId()));
        }
        return EmulatorResponse.json(body);
    }

    EmulatorResponse revoke(EmulatorRequest request) {
        String token = request.form().first("token");
        if (token == null || !tokens.revoke(token)) {
            throw new OAuthException(400, "invalid_token", "Token expired or revoked");
        }
        return EmulatorResponse.json(Json.object());
    }

    EmulatorResponse userinfo(EmulatorRequest request) {
        TokenRegistry.Session session = bearer(request).flatMap(tokens::session)
                .orElseThrow(() -> new ApiException(401, "global", "authError", "Invalid Credentials"));
        EmulatedPerson person = session.person();
        ObjectNode body = Json.object();
        body.put("sub", person.subject());
        body.put("name", person.name());
        body.put("email", person.email());
        body.put("email_verified", true);
        return EmulatorResponse.json(body);
    }

    static Optional<String> bearer(EmulatorRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private OAuthClientRegistration authenticate(EmulatorRequest request, QueryParams form) {
        String clientId = form.first("client_id");
        String secret = form.first("client_secret");
        String basic = request.header("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] parts = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            secret = parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        Optional<OAuthClientRegistration> client = Optional.ofNullable(clientId).flatMap(seed::client);
        if (client.isEmpty()) {
            throw new OAuthException(401, "invalid_client", "The OAuth client was not found.");
        }
        if (!client.get().clientSecret().equals(secret)) {
            throw new OAuthException(401, "invalid_client", "Unauthorized");
        }
        return client.get();
    }

    /** An unsigned OpenID Connect ID token ({@code alg: none}); the app must not trust it for anything. */
    private String idToken(TokenRegistry.Grant grant, String clientId) {
        long now = clock.instant().getEpochSecond();
        ObjectNode header = Json.object().put("alg", "none").put("typ", "JWT");
        ObjectNode claims = Json.object();
        claims.put("iss", "https://accounts.google.com");
        claims.put("aud", clientId);
        claims.put("azp", clientId);
        claims.put("sub", grant.person.subject());
        claims.put("email", grant.person.email());
        claims.put("email_verified", true);
        claims.put("name", grant.person.name());
        claims.put("iat", now);
        claims.put("exp", now + TokenRegistry.ACCESS_TOKEN_LIFETIME.toSeconds());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static EmulatorResponse page(int status, String error, String detail) {
        return EmulatorResponse.html(status, ConsentPage.error("Error " + status + ": " + error, detail));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
