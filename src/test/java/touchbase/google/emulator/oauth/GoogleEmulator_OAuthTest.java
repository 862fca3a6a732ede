package touchbase.google.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static touchbase.google.emulator.TestGoogle.CLIENT_ID;
import static touchbase.google.emulator.TestGoogle.CLIENT_SECRET;
import static touchbase.google.emulator.TestGoogle.JSON;
import static touchbase.google.emulator.TestGoogle.REDIRECT_URI;
import static touchbase.google.emulator.TestGoogle.TRANSPORT;

import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.json.GenericJson;
import com.google.api.services.calendar.Calendar;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.TestGoogle;

class GoogleEmulator_OAuthTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-verifier";
    private final TestGoogle google = TestGoogle.start();
    private final ConsentBrowser browser = new ConsentBrowser(google.emulator);

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void exchangesCodeWithMatchingPkceVerifierForTokens() throws Exception {
        Map<String, String> redirect = browser.click(authorizationUrl("state-1"), "allow");

        TokenResponse tokens = exchange(redirect.get("code"), VERIFIER);

        assertThat(redirect.get("_redirect")).isEqualTo(REDIRECT_URI);
        assertThat(redirect.get("state")).isEqualTo("state-1");
        assertThat(redirect.get("scope")).contains("https://www.googleapis.com/auth/calendar.events");
        assertThat(tokens.getAccessToken()).isNotBlank();
        assertThat(tokens.getRefreshToken()).isNotBlank();
        assertThat(tokens.getTokenType()).isEqualTo("Bearer");
        assertThat(tokens.getExpiresInSeconds()).isEqualTo(3599L);
        assertThat(tokens.getScope()).contains("https://www.googleapis.com/auth/userinfo.email", "openid");
        String payload = ((String) tokens.get("id_token")).split("\\.")[1];
        assertThat(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .contains("\"email\":\"alex@example.test\"");
    }

    @Test
    void rejectsCodeExchangeWithWrongPkceVerifier() throws Exception {
        Map<String, String> redirect = browser.click(authorizationUrl("s"), "allow");

        TokenResponseException error = catchThrowableOfType(TokenResponseException.class,
                () -> exchange(redirect.get("code"), "a-completely-different-verifier-of-enough-length-000"));

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getError()).isEqualTo("invalid_grant");
        assertThat(error.getDetails().getErrorDescription()).isEqualTo("Invalid code verifier.");
    }

    @Test
    void acceptsEachCodeOnlyOnce() throws Exception {
        String code = browser.click(authorizationUrl("s"), "allow").get("code");
        exchange(code, VERIFIER);

        TokenResponseException error = catchThrowableOfType(TokenResponseException.class, () -> exchange(code, VERIFIER));

        assertThat(error.getDetails().getError()).isEqualTo("invalid_grant");
        assertThat(error.getDetails().getErrorDescription()).isEqualTo("Bad Request");
    }

    @Test
    void rejectsMalformedCode() {
        TokenResponseException error = catchThrowableOfType(TokenResponseException.class,
                () -> exchange("not-a-code", VERIFIER));

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getErrorDescription()).isEqualTo("Malformed auth code.");
    }

    @Test
    void rejectsWrongClientSecretAsInvalidClient() throws Exception {
        String code = browser.click(authorizationUrl("s"), "allow").get("code");

        TokenResponseException error = catchThrowableOfType(TokenResponseException.class, () ->
                new AuthorizationCodeTokenRequest(TRANSPORT, JSON, new GenericUrl(google.emulator.tokenUri()), code)
                        .setRedirectUri(REDIRECT_URI)
                        .setClientAuthentication(new ClientParametersAuthentication(CLIENT_ID, "wrong"))
                        .set("code_verifier", VERIFIER)
                        .execute());

        // NetHttpTransport (HttpURLConnection) drops the body of a 401 to a POST, so details stay null
        assertThat(error.getStatusCode()).isEqualTo(401);
    }

    @Test
    void wrongClientSecretBodyIsInvalidClient() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(google.emulator.tokenUri()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=refresh_token"
                                + "&refresh_token=x&client_id=" + CLIENT_ID + "&client_secret=wrong"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid_client\",\"error_description\":\"Unauthorized\"}");
    }

    @Test
    void denyRedirectsWithAccessDeniedAndState() throws Exception {
        Map<String, String> redirect = browser.click(authorizationUrl("state-2"), "deny");

        assertThat(redirect).containsEntry("error", "access_denied").containsEntry("state", "state-2")
                .doesNotContainKey("code");
    }

    @Test
    void consentPageShowsAccountAndRequestedScopes() throws Exception {
        String page = browser.open(authorizationUrl("s")).body();

        assertThat(page).contains("alex@example.test", "https://www.googleapis.com/auth/calendar.events",
                "Allow", "Deny");
    }

    @Test
    void authorizationWithoutRedirectUriIsRejectedWithoutRedirect() throws Exception {
        String url = google.emulator.authUri() + "?client_id=" + CLIENT_ID + "&response_type=code&scope=openid";

        assertThat(browser.open(url).statusCode()).isEqualTo(400);
    }

    @Test
    void aClientApprovedBeforeIsSentStraightBackUnlessItAsksForConsent() throws Exception {
        exchange(browser.click(authorizationUrl("s"), "allow").get("code"), VERIFIER);

        java.net.http.HttpResponse<String> again = browser.open(authorizationUrl("s2"));

        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(REDIRECT_URI + "?code=")
                .endsWith("&state=s2");
        TokenResponse tokens = exchange(browser.click(authorizationUrl("s3") + "&prompt=consent", "allow").get("code"),
                VERIFIER);
        assertThat(tokens.getRefreshToken()).as("consent again issues a new refresh token").isNotNull();
    }

    @Test
    void refreshGivesNewAccessTokenButNoNewRefreshToken() throws Exception {
        TokenResponse first = exchange(browser.click(authorizationUrl("s"), "allow").get("code"), VERIFIER);

        TokenResponse refreshed = refresh(first.getRefreshToken());

        assertThat(refreshed.getAccessToken()).isNotBlank().isNotEqualTo(first.getAccessToken());
        assertThat(refreshed.getRefreshToken()).isNull();
        assertThat(google.calendarWithToken(refreshed.getAccessToken()).settings().get("timezone").execute()
                .getValue()).isEqualTo("Europe/London");
    }

    @Test
    void revokedRefreshTokenFailsWithInvalidGrantAndItsAccessTokenWith401() throws Exception {
        TokenResponse tokens = exchange(browser.click(authorizationUrl("s"), "allow").get("code"), VERIFIER);

        HttpResponse revoked = TRANSPORT.createRequestFactory().buildPostRequest(
                new GenericUrl(google.emulator.revokeUri()),
                new UrlEncodedContent(Map.of("token", tokens.getRefreshToken()))).execute();

        assertThat(revoked.getStatusCode()).isEqualTo(200);
        TokenResponseException refreshError = catchThrowableOfType(TokenResponseException.class,
                () -> refresh(tokens.getRefreshToken()));
        assertThat(refreshError.getDetails().getError()).isEqualTo("invalid_grant");
        assertThat(refreshError.getDetails().getErrorDescription()).isEqualTo("Token has been expired or revoked.");
        GoogleJsonResponseException apiError = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> google.calendarWithToken(tokens.getAccessToken()).events().list("primary").execute());
        assertThat(apiError.getStatusCode()).isEqualTo(401);
    }

    @Test
    void credentialRefreshesAnExpiredAccessTokenAfter401() throws Exception {
        IssuedTokens issued = google.emulator.issueTokens(CLIENT_ID, TestGoogle.ALEX, TestGoogle.APP_SCOPES);
        google.emulator.expireAccessToken(issued.accessToken());
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(TRANSPORT).setJsonFactory(JSON)
                .setTokenServerEncodedUrl(google.emulator.tokenUri())
                .setClientAuthentication(new ClientParametersAuthentication(CLIENT_ID, CLIENT_SECRET))
                .build()
                .setAccessToken(issued.accessToken())
                .setRefreshToken(issued.refreshToken().orElseThrow());

        new Calendar.Builder(TRANSPORT, JSON, credential).setRootUrl(google.emulator.apiRoot()).build()
                .events().list("primary").execute();

        assertThat(credential.getAccessToken()).isNotEqualTo(issued.accessToken());
    }

    @Test
    void userinfoDescribesTheSignedInAccount() throws Exception {
        String token = exchange(browser.click(authorizationUrl("s"), "allow").get("code"), VERIFIER).getAccessToken();

        GenericJson info = TRANSPORT.createRequestFactory(r -> r.setParser(JSON.createJsonObjectParser())
                        .getHeaders().setAuthorization("Bearer " + token))
                .buildGetRequest(new GenericUrl(google.emulator.userinfoUri())).execute().parseAs(GenericJson.class);

        assertThat(info).containsEntry("email", "alex@example.test").containsEntry("email_verified", true)
                .containsEntry("name", "Alex Test").containsKey("sub");
    }

    @Test
    void userinfoGivesTheNameOnlyWithTheProfileScope() throws Exception {
        String token = google.emulator.issueTokens(CLIENT_ID, "alex@example.test", Set.of("openid", "email"))
                .accessToken();

        GenericJson info = TRANSPORT.createRequestFactory(r -> r.setParser(JSON.createJsonObjectParser())
                        .getHeaders().setAuthorization("Bearer " + token))
                .buildGetRequest(new GenericUrl(google.emulator.userinfoUri())).execute().parseAs(GenericJson.class);

        assertThat(info).containsEntry("email", "alex@example.test").doesNotContainKey("name");
    }

    @Test
    void userinfoWithoutTokenIs401() {
        HttpResponseException error = catchThrowableOfType(HttpResponseException.class, () ->
                TRANSPORT.createRequestFactory().buildGetRequest(new GenericUrl(google.emulator.userinfoUri())).execute());

        assertThat(error.getStatusCode()).isEqualTo(401);
    }

    private String authorizationUrl(String state) {
        return new AuthorizationCodeRequestUrl(google.emulator.authUri(), CLIENT_ID)
                .setRedirectUri(REDIRECT_URI)
                .setScopes(List.of("https://www.googleapis.com/auth/calendar.events",
                        "https://www.googleapis.com/auth/calendar.readonly", "openid", "email", "profile"))
                .setState(state)
                .set("access_type", "offline")
                .set("code_challenge", TokenRegistry.s256(VERIFIER))
                .set("code_challenge_method", "S256")
                .build();
    }

    private TokenResponse exchange(String code, String verifier) throws Exception {
        return new AuthorizationCodeTokenRequest(TRANSPORT, JSON, new GenericUrl(google.emulator.tokenUri()), code)
                .setRedirectUri(REDIRECT_URI)
                .setClientAuthentication(new ClientParametersAuthentication(CLIENT_ID, CLIENT_SECRET))
                .set("code_verifier", verifier)
                .execute();
    }

    private TokenResponse refresh(String refreshToken) throws Exception {
        return new RefreshTokenRequest(TRANSPORT, JSON, new GenericUrl(google.emulator.tokenUri()), refreshToken)
                .setClientAuthentication(new ClientParametersAuthentication(CLIENT_ID, CLIENT_SECRET))
                .execute();
    }
}
