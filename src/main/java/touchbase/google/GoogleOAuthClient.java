package touchbase.google;

import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonObjectParser;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import touchbase.account.GoogleAuthException;
import touchbase.account.GoogleProfile;
import touchbase.account.GoogleScopes;
import touchbase.account.GoogleSignIn;
import touchbase.account.Pkce;
import touchbase.domain.GoogleTokens;

/**
 * Google's OAuth 2.0 web-server flow with google-oauth-client, plus PKCE added by hand:
 * {@code GoogleAuthorizationCodeFlow} ignores {@code enablePKCE()} and would share one verifier
 * between all users, so each sign-in brings its own challenge and verifier. {@code prompt=consent}
 * (only when asked for) is a plain parameter (the URL class knows only the old {@code approval_prompt}).
 *
 * @see <a href="https://developers.google.com/identity/protocols/oauth2/web-server">Using OAuth 2.0 for Web Server Applications</a>
 */
public final class GoogleOAuthClient implements GoogleSignIn {

    static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final GoogleOAuthSettings settings;
    private final HttpTransport transport;
    private final Clock clock;
    private final CalendarTimeZone timeZones;

    public GoogleOAuthClient(GoogleOAuthSettings settings, HttpTransport transport, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.transport = Objects.requireNonNull(transport, "transport must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.timeZones = new CalendarTimeZone(transport, JSON, settings.apiRoot());
    }

    public GoogleOAuthClient(GoogleOAuthSettings settings, Clock clock) {
        this(settings, new NetHttpTransport(), clock);
    }

    @Override
    public URI authorizationUrl(String state, String codeChallenge, boolean askConsent) {
        AuthorizationCodeRequestUrl url = new AuthorizationCodeRequestUrl(settings.authUri().toString(),
                settings.clientId())
                .setRedirectUri(settings.redirectUri().toString())
                .setScopes(GoogleScopes.REQUESTED)
                .setState(state);
        url.set("access_type", "offline");
        if (askConsent) {
            url.set("prompt", "consent");
        }
        url.set("include_granted_scopes", "true");
        url.set("code_challenge", codeChallenge);
        url.set("code_challenge_method", Pkce.METHOD);
        return URI.create(url.build());
    }

    @Override
    public URI authorizationEndpoint() {
        return settings.authUri();
    }

    @Override
    public GoogleTokens exchange(String code, String codeVerifier) {
        try {
            TokenResponse response = new AuthorizationCodeTokenRequest(transport, JSON,
                    new GenericUrl(settings.tokenUri()), code)
                    .setRedirectUri(settings.redirectUri().toString())
                    .setClientAuthentication(clientAuthentication())
                    .setRequestInitializer(GoogleOAuthClient::timeouts)
                    .set("code_verifier", codeVerifier)
                    .execute();
            return tokens(response, Set.copyOf(GoogleScopes.REQUESTED));
        } catch (TokenResponseException e) {
            throw refused("the authorization code", e);
        } catch (IOException e) {
            throw unreachable(settings.tokenUri(), e);
        }
    }

    @Override
    public Optional<GoogleTokens> refresh(String refreshToken) {
        try {
            TokenResponse response = new RefreshTokenRequest(transport, JSON, new GenericUrl(settings.tokenUri()),
                    refreshToken)
                    .setClientAuthentication(clientAuthentication())
                    .setRequestInitializer(GoogleOAuthClient::timeouts)
                    .execute();
            return Optional.of(tokens(response, Set.of()));
        } catch (TokenResponseException e) {
            if ("invalid_grant".equals(errorCode(e))) {
                return Optional.empty();
            }
            throw refused("the refresh token", e);
        } catch (IOException e) {
            throw unreachable(settings.tokenUri(), e);
        }
    }

    /** POSTs the token as a form field (never in the URL, which proxies log); 400 means already dead. */
    @Override
    public void revoke(String token) {
        try {
            HttpRequest request = transport.createRequestFactory(GoogleOAuthClient::timeouts)
                    .buildPostRequest(new GenericUrl(settings.revokeUri()), new UrlEncodedContent(Map.of("token", token)));
            request.setThrowExceptionOnExecuteError(false);
            HttpResponse response = request.execute();
            try {
                if (!response.isSuccessStatusCode() && response.getStatusCode() != 400) {
                    throw new GoogleAuthException("Google's revoke endpoint answered HTTP " + response.getStatusCode(),
                            null);
                }
            } finally {
                response.disconnect();
            }
        } catch (IOException e) {
            throw unreachable(settings.revokeUri(), e);
        }
    }

    @Override
    public GoogleProfile profile(String accessToken) {
        GenericJson info;
        try {
            HttpRequest request = transport.createRequestFactory(bearer(accessToken))
                    .buildGetRequest(new GenericUrl(settings.userinfoUri()));
            request.setParser(new JsonObjectParser(JSON));
            info = request.execute().parseAs(GenericJson.class);
        } catch (HttpResponseException e) {
            throw new GoogleAuthException("Google's userinfo endpoint answered HTTP " + e.getStatusCode(), e);
        } catch (IOException e) {
            throw unreachable(settings.userinfoUri(), e);
        }
        Object subject = info.get("sub");
        Object email = info.get("email");
        if (!(subject instanceof String) || !(email instanceof String)) {
            throw new GoogleAuthException("Google's userinfo answer has no sub or no email", null);
        }
        Optional<String> name = Optional.ofNullable(info.get("name")).map(Object::toString);
        return new GoogleProfile((String) subject, (String) email, isTrue(info.get("email_verified")), name,
                timeZones.of(bearer(accessToken)));
    }

    /** OpenID Connect says boolean; some Google answers carry the string {@code "true"}. Absent is false. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private ClientParametersAuthentication clientAuthentication() {
        return new ClientParametersAuthentication(settings.clientId(), settings.clientSecret());
    }

    /** Tokens from Google's answer; an answer without {@code scope} grants {@code scopesIfAbsent}. */
    private GoogleTokens tokens(TokenResponse response, Set<String> scopesIfAbsent) {
        if (response.getAccessToken() == null || response.getAccessToken().isBlank()) {
            throw new GoogleAuthException("Google's token answer has no access_token", null);
        }
        Long expiresIn = response.getExpiresInSeconds();
        Duration lifetime = expiresIn == null ? DEFAULT_LIFETIME : Duration.ofSeconds(expiresIn);
        Set<String> scopes = response.getScope() == null ? scopesIfAbsent
                : Arrays.stream(response.getScope().trim().split("\\s+")).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
        return new GoogleTokens(response.getAccessToken(), Optional.ofNullable(response.getRefreshToken()),
                clock.instant().plus(lifetime), scopes);
    }

    static void timeouts(HttpRequest request) {
        request.setConnectTimeout(CONNECT_TIMEOUT_MS);
        request.setReadTimeout(READ_TIMEOUT_MS);
    }

    static HttpRequestInitializer bearer(String accessToken) {
        return request -> {
            timeouts(request);
            request.getHeaders().setAuthorization("Bearer " + accessToken);
        };
    }

    private static String errorCode(TokenResponseException e) {
        return e.getDetails() == null ? null : e.getDetails().getError();
    }

    private static GoogleAuthException refused(String what, TokenResponseException e) {
        String code = errorCode(e);
        String description = e.getDetails() == null ? null : e.getDetails().getErrorDescription();
        return new GoogleAuthException(code, "Google refused " + what + ": HTTP " + e.getStatusCode()
                + (code == null ? "" : " " + code) + (description == null ? "" : " (" + description + ")"), e);
    }

    private static GoogleAuthException unreachable(URI endpoint, IOException e) {
        return new GoogleAuthException("cannot reach " + endpoint + ": " + e.getMessage(), e);
    }
}
