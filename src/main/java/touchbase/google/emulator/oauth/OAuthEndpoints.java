package touchbase.google.emulator.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorRequest;
import touchbase.google.emulator.http.EmulatorResponse;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.http.QueryParams;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;
import touchbase.google.emulator.seed.OAuthClientRegistration;

/**
 * Google's OAuth 2.0 web-server endpoints: the authorization page ({@code /o/oauth2/v2/auth}),
 * the token endpoint ({@code /token}, like https://oauth2.googleapis.com/token), revocation
 * ({@code /revoke}) and OpenID userinfo ({@code /oauth2/v3/userinfo}). The consent page always
 * signs in the seed's account. As Google does, a client the person already granted every requested
 * scope to is sent straight back with a code, without the consent page, unless it asks for
 * {@code prompt=consent}.
 */
public final class OAuthEndpoints {

    static final String DECISION_PATH = "/o/oauth2/v2/auth/decision";

    private final EmulatorSeed seed;
    private final TokenRegistry tokens;
    private final Clock clock;

    public OAuthEndpoints(EmulatorSeed seed, TokenRegistry tokens, Clock clock) {
        this.seed = seed;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Shows the consent page for a valid request; anything invalid is refused with an error page. */
    public EmulatorResponse authorize(EmulatorRequest request) {
        AuthorizationRequest held = AuthorizationParameters.read(request.query(), seed);
        if (!held.forceConsent() && tokens.grantedScopes(held.clientId(), seed.account()).containsAll(held.scopes())) {
            return answer(held, true);
        }
        String pendingId = tokens.hold(held);
        return EmulatorResponse.html(200,
                ConsentPage.render(seed.account(), held.clientId(), held.scopes(), pendingId, DECISION_PATH));
    }

    public EmulatorResponse decide(EmulatorRequest request) {
        QueryParams form = request.form();
        AuthorizationRequest auth = Optional.ofNullable(form.first("request")).flatMap(tokens::take)
                .orElseThrow(() -> AuthorizationRefused.invalidRequest(
                        "This consent page has expired; start signing in again."));
        return answer(auth, "allow".equals(form.first("decision")));
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
            String code = tokens.issueCode(auth.withScopes(List.copyOf(granted)), seed.account());
            location.append("code=").append(encode(code))
                    .append("&scope=").append(encode(String.join(" ", granted)));
        }
        if (auth.state() != null) {
            location.append("&state=").append(encode(auth.state()));
        }
        return EmulatorResponse.redirect(location.toString());
    }

    public EmulatorResponse token(EmulatorRequest request) {
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

    public EmulatorResponse revoke(EmulatorRequest request) {
        String token = request.form().first("token");
        if (token == null || !tokens.revoke(token)) {
            throw new OAuthException(400, "invalid_token", "Token expired or revoked");
        }
        return EmulatorResponse.json(Json.object());
    }

    public EmulatorResponse userinfo(EmulatorRequest request) {
        TokenRegistry.Session session = tokens.session(request)
                .orElseThrow(() -> new ApiException(401, "global", "authError", "Invalid Credentials"));
        EmulatedPerson person = session.person();
        ObjectNode body = Json.object();
        body.put("sub", person.subject());
        if (Scopes.anyOf(session.scopes(), List.of("profile"))) {
            body.put("name", person.name());
        }
        body.put("email", person.email());
        body.put("email_verified", true);
        return EmulatorResponse.json(body);
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


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
