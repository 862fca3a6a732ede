package touchbase.google.emulator.oauth;

import java.util.ArrayList;
import java.util.List;
import touchbase.google.emulator.http.QueryParams;
import touchbase.google.emulator.seed.EmulatorSeed;
import touchbase.google.emulator.seed.OAuthClientRegistration;

/**
 * Reads the query of {@code /o/oauth2/v2/auth} into an {@link AuthorizationRequest}, checking in
 * Google's order: client, redirect URI, response type, scopes, PKCE method. The first problem
 * found is thrown as {@link AuthorizationRefused}.
 */
final class AuthorizationParameters {

    private static final List<String> OPENID_SCOPES = List.of("openid", "email", "profile");

    private AuthorizationParameters() {
    }

    static AuthorizationRequest read(QueryParams q, EmulatorSeed seed) {
        OAuthClientRegistration client = client(q.first("client_id"), seed);
        String redirectUri = redirectUri(q.first("redirect_uri"), client);
        if (!"code".equals(q.first("response_type"))) {
            throw AuthorizationRefused.invalidRequest(
                    "Invalid response_type: expected code, got " + q.first("response_type"));
        }
        List<String> scopes = scopes(q.first("scope"));
        String challenge = q.first("code_challenge");
        String method = challengeMethod(challenge, q.first("code_challenge_method"));
        return new AuthorizationRequest(client.clientId(), redirectUri, scopes, q.first("state"),
                challenge, method, "offline".equals(q.first("access_type")),
                q.first("prompt") != null && q.first("prompt").contains("consent"),
                q.flag("include_granted_scopes"));
    }

    private static OAuthClientRegistration client(String clientId, EmulatorSeed seed) {
        if (clientId == null || clientId.isBlank()) {
            throw AuthorizationRefused.invalidRequest("Missing required parameter: client_id");
        }
        return seed.client(clientId).orElseThrow(() ->
                new AuthorizationRefused(401, "invalid_client", "The OAuth client was not found."));
    }

    private static String redirectUri(String redirectUri, OAuthClientRegistration client) {
        if (redirectUri == null || redirectUri.isBlank()) {
            throw AuthorizationRefused.invalidRequest("Missing required parameter: redirect_uri");
        }
        if (!client.allowsRedirect(redirectUri)) {
            throw new AuthorizationRefused(400, "redirect_uri_mismatch",
                    "redirect_uri is not registered for this client: " + redirectUri);
        }
        return redirectUri;
    }

    /** The requested scopes in their canonical form; short names other than OpenID's are refused. */
    private static List<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            throw AuthorizationRefused.invalidRequest("Missing required parameter: scope");
        }
        List<String> scopes = new ArrayList<>();
        for (String s : scope.trim().split("\\s+")) {
            if (!s.startsWith("https://") && !OPENID_SCOPES.contains(s)) {
                throw new AuthorizationRefused(400, "invalid_scope", "Some requested scopes were invalid: " + s);
            }
            scopes.add(Scopes.canonical(s));
        }
        return scopes;
    }

    /** {@code plain} when a challenge comes without a method (RFC 7636 section 4.3). */
    private static String challengeMethod(String challenge, String method) {
        if (challenge == null) {
            return method;
        }
        String effective = method == null ? "plain" : method;
        if (!effective.equals("S256") && !effective.equals("plain")) {
            throw AuthorizationRefused.invalidRequest("Invalid code_challenge_method: " + effective);
        }
        return effective;
    }
}
