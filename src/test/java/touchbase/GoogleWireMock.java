package touchbase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Google's OAuth endpoints and the Calendar settings call as WireMock stubs on 127.0.0.1, answering
 * with Google's JSON shapes (token, refresh and error answers as in RFC 6749 and Google's OAuth guide,
 * userinfo as OpenID Connect, the timezone setting as a Calendar Setting resource).
 */
public final class GoogleWireMock implements AutoCloseable {

    public static final String ACCESS_TOKEN = "ya29.a0AfB_first-access-token";
    public static final String REFRESHED_ACCESS_TOKEN = "ya29.a0AfB_refreshed-access-token";
    public static final String REFRESH_TOKEN = "1//0gLx-refresh-token-from-consent";
    public static final String ALL_SCOPES = "https://www.googleapis.com/auth/calendar.freebusy openid "
            + "https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/calendar.events";
    public static final String SUBJECT = "110169484474386276334";
    public static final String EMAIL = "ada@example.com";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1").dynamicPort());

    public GoogleWireMock() {
        server.start();
        reset();
    }

    /** Forgets every request and stub, then answers as a consenting Google again. */
    public void reset() {
        server.resetAll();
        givenTokenExchangeGrants(ALL_SCOPES, true);
        server.stubFor(get(urlPathEqualTo("/v1/userinfo")).willReturn(okJson("{\"sub\":\"" + SUBJECT + "\","
                + "\"name\":\"Ada Lovelace\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\","
                + "\"picture\":\"https://lh3.googleusercontent.com/a/photo\",\"email\":\"" + EMAIL + "\","
                + "\"email_verified\":true}")));
        server.stubFor(get(urlPathEqualTo("/calendar/v3/users/me/settings/timezone")).willReturn(okJson(
                "{\"kind\":\"calendar#setting\",\"etag\":\"\\\"1700000000000000\\\"\",\"id\":\"timezone\","
                        + "\"value\":\"Europe/London\"}")));
        server.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("{\"access_token\":\"" + REFRESHED_ACCESS_TOKEN + "\",\"expires_in\":3599,"
                        + "\"scope\":\"" + ALL_SCOPES + "\",\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlPathEqualTo("/revoke")).willReturn(okJson("{}")));
    }

    public WireMockServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** Token endpoint answer to {@code grant_type=authorization_code}. */
    public void givenTokenExchangeGrants(String scopes, boolean withRefreshToken) {
        server.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3599,"
                        + (withRefreshToken ? "\"refresh_token\":\"" + REFRESH_TOKEN + "\"," : "")
                        + "\"scope\":\"" + scopes + "\",\"token_type\":\"Bearer\","
                        + "\"id_token\":\"eyJhbGciOiJSUzI1NiJ9.e30.c2ln\"}")));
    }

    /** Google's answer to a refresh with a revoked or expired refresh token. */
    public void givenRefreshIsRefused() {
        server.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}")));
    }

    /** The answer Calendar gives a token whose scopes do not cover the call. */
    public static String insufficientScopes() {
        return "{\"error\":{\"code\":403,\"message\":\"Request had insufficient authentication scopes.\","
                + "\"errors\":[{\"message\":\"Insufficient Permission\",\"domain\":\"global\","
                + "\"reason\":\"insufficientPermissions\"}],\"status\":\"PERMISSION_DENIED\"}}";
    }

    /** The form fields of every POST to {@code path}, oldest first. */
    public List<Map<String, String>> formsPostedTo(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream().map(GoogleWireMock::form).toList();
    }

    private static Map<String, String> form(LoggedRequest request) {
        return decode(request.getBodyAsString());
    }

    /** Query parameters of a URI, decoded. */
    public static Map<String, String> query(URI uri) {
        return decode(uri.getRawQuery());
    }

    private static Map<String, String> decode(String urlEncoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : urlEncoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop();
    }
}
