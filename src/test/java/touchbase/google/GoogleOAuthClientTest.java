package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.GoogleWireMock;
import touchbase.MutableClock;
import touchbase.account.GoogleAuthException;
import touchbase.account.GoogleProfile;
import touchbase.account.GoogleScopes;
import touchbase.account.Pkce;
import touchbase.domain.GoogleTokens;

class GoogleOAuthClientTest {

    private static final URI REDIRECT = URI.create("https://touchbase.example/auth/google/callback");

    private final GoogleWireMock google = new GoogleWireMock();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final GoogleOAuthClient client = new GoogleOAuthClient(new GoogleOAuthSettings("client-id.apps",
            "client-secret", REDIRECT, google.uri("/o/oauth2/v2/auth"), google.uri("/token"), google.uri("/revoke"),
            google.uri("/v1/userinfo"), google.uri("/")), clock);

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void theAuthorizationUrlCarriesEveryParameterOfTheWebServerFlowWithPkce() {
        URI url = client.authorizationUrl("state-123", "challenge-abc", true);

        assertThat(url.getPath()).isEqualTo("/o/oauth2/v2/auth");
        assertThat(GoogleWireMock.query(url)).containsAllEntriesOf(Map.of(
                "response_type", "code",
                "client_id", "client-id.apps",
                "redirect_uri", REDIRECT.toString(),
                "scope", String.join(" ", GoogleScopes.REQUESTED),
                "access_type", "offline",
                "prompt", "consent",
                "include_granted_scopes", "true",
                "state", "state-123",
                "code_challenge", "challenge-abc",
                "code_challenge_method", "S256"));
    }

    @Test
    void theConsentScreenIsAskedForOnlyWhenWanted() {
        URI url = client.authorizationUrl("state-123", "challenge-abc", false);

        assertThat(GoogleWireMock.query(url)).doesNotContainKey("prompt")
                .containsEntry("access_type", "offline").containsEntry("include_granted_scopes", "true");
        assertThat(client.authorizationEndpoint()).isEqualTo(google.uri("/o/oauth2/v2/auth"));
    }

    @Test
    void theExchangeSendsTheVerifierTheRedirectUriAndTheClientCredentials() {
        Pkce pkce = Pkce.generate();

        GoogleTokens tokens = client.exchange("4/0Ab-code", pkce.verifier());

        assertThat(google.formsPostedTo("/token")).singleElement().satisfies(form -> assertThat(form)
                .containsAllEntriesOf(Map.of("grant_type", "authorization_code", "code", "4/0Ab-code",
                        "code_verifier", pkce.verifier(), "redirect_uri", REDIRECT.toString(),
                        "client_id", "client-id.apps", "client_secret", "client-secret")));
        assertThat(tokens.accessToken()).isEqualTo(GoogleWireMock.ACCESS_TOKEN);
        assertThat(tokens.refreshToken()).contains(GoogleWireMock.REFRESH_TOKEN);
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(3599));
        assertThat(tokens.grantedScopes()).contains(GoogleScopes.CALENDAR_FREEBUSY, GoogleScopes.EMAIL_LONG_FORM);
    }

    @Test
    void aRefusedCodeIsAnErrorNamingGooglesReason() {
        google.server().stubFor(post(urlPathEqualTo("/token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}")));

        assertThatThrownBy(() -> client.exchange("used-code", "verifier"))
                .isInstanceOfSatisfying(GoogleAuthException.class, e -> assertThat(e.error()).contains("invalid_grant"));
    }

    @Test
    void aRefreshSendsTheRefreshTokenAndGetsANewAccessToken() {
        clock.advance(Duration.ofHours(2));

        GoogleTokens tokens = client.refresh(GoogleWireMock.REFRESH_TOKEN).orElseThrow();

        assertThat(google.formsPostedTo("/token")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", GoogleWireMock.REFRESH_TOKEN));
        assertThat(tokens.accessToken()).isEqualTo(GoogleWireMock.REFRESHED_ACCESS_TOKEN);
        assertThat(tokens.refreshToken()).isEmpty();
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(3599));
    }

    @Test
    void aRefreshAnsweredInvalidGrantIsEmpty() {
        google.givenRefreshIsRefused();

        assertThat(client.refresh("revoked")).isEmpty();
    }

    @Test
    void revokingPostsTheTokenAsAFormField() {
        client.revoke(GoogleWireMock.REFRESH_TOKEN);

        assertThat(google.formsPostedTo("/revoke")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("token", GoogleWireMock.REFRESH_TOKEN));
    }

    @Test
    void theProfileHasTheEmailSubjectNameAndCalendarTimeZone() {
        GoogleProfile profile = client.profile(GoogleWireMock.ACCESS_TOKEN);

        assertThat(profile).isEqualTo(new GoogleProfile(GoogleWireMock.SUBJECT, GoogleWireMock.EMAIL, true,
                Optional.of("Ada Lovelace"), ZoneId.of("Europe/London")));
        google.server().verify(getRequestedFor(urlPathEqualTo("/v1/userinfo"))
                .withHeader("Authorization", equalTo("Bearer " + GoogleWireMock.ACCESS_TOKEN)));
    }

    @Test
    void anEmailGoogleHasNotVerifiedIsMarkedSo() {
        google.server().stubFor(get(urlPathEqualTo("/v1/userinfo")).willReturn(okJson("{\"sub\":\"" + GoogleWireMock.SUBJECT
                + "\",\"email\":\"ada@example.com\",\"email_verified\":false}")));

        assertThat(client.profile(GoogleWireMock.ACCESS_TOKEN).emailVerified()).isFalse();
    }

    @Test
    void withoutAccessToSettingsTheZoneComesFromThePrimaryCalendar() {
        google.server().stubFor(get(urlPathEqualTo("/calendar/v3/users/me/settings/timezone")).willReturn(
                aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GoogleWireMock.insufficientScopes())));
        google.server().stubFor(get(urlPathEqualTo("/calendar/v3/calendars/primary/events")).willReturn(okJson(
                "{\"kind\":\"calendar#events\",\"summary\":\"ada@example.com\",\"timeZone\":\"Asia/Tokyo\","
                        + "\"accessRole\":\"owner\",\"items\":[]}")));

        assertThat(client.profile(GoogleWireMock.ACCESS_TOKEN).timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }
}
