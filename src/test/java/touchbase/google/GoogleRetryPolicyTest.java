package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import touchbase.booking.BookedEvent;
import touchbase.booking.CalendarEvent;
import touchbase.domain.CalendarProblem;
import touchbase.domain.CalendarProblem.Kind;

class GoogleRetryPolicyTest {

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String EVENTS_URL = "/calendar/v3/calendars/primary/events";
    private static final String EVENT_URL = "/calendar/v3/calendars/primary/events/" + GoogleJson.EVENT_ID;

    private GoogleFixture fixture;

    @BeforeEach
    void pointClientAtStub() {
        fixture = new GoogleFixture(google.baseUrl());
    }

    static Stream<Arguments> transientFailures() {
        return Stream.of(
                Arguments.of("500 backendError", GoogleJson.backendError(500)),
                Arguments.of("503 backendError", GoogleJson.backendError(503)),
                Arguments.of("429 rateLimitExceeded", GoogleJson.rateLimited(429, "rateLimitExceeded")),
                Arguments.of("403 rateLimitExceeded", GoogleJson.rateLimited(403, "rateLimitExceeded")),
                Arguments.of("403 userRateLimitExceeded", GoogleJson.rateLimited(403, "userRateLimitExceeded")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientFailures")
    void backsOffAndRepeatsTransientFailureUntilGoogleAnswers(String name, ResponseDefinitionBuilder failure) {
        givenFirstAnswerThenEvent(failure);

        Optional<CalendarEvent> event = fixture.events().series("primary", GoogleJson.EVENT_ID);

        assertThat(event).map(CalendarEvent::eventId).contains(GoogleJson.EVENT_ID);
        google.verify(2, getRequestedFor(urlEqualTo(EVENT_URL)));
        assertThat(fixture.sleeps).hasSize(1);
    }

    @Test
    void repeatsAnInsertAfterConnectionReset() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).inScenario("reset")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("recovered"));
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).inScenario("reset")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));

        BookedEvent booked = fixture.events().insertSeries(Invites.biweeklyWithGrace().build());

        assertThat(booked.eventId()).isEqualTo(GoogleJson.EVENT_ID);
        google.verify(2, postRequestedFor(urlPathEqualTo(EVENTS_URL)));
        assertThat(fixture.sleeps).hasSize(1);
    }

    @Test
    void repeatsAfterReadTimeout() {
        givenFirstAnswerThenEvent(okJson(GoogleJson.event(GoogleJson.EVENT_ID)).withFixedDelay(1_500));
        GoogleCalendarEvents events = fixture.events(fixture.calendar(
                new CalendarCredentials(Optional.of(GoogleFixture.OLD_TOKEN), GoogleFixture.REFRESH_TOKEN, Optional.empty()),
                GoogleFixture.SHORT_READ_TIMEOUT));

        Optional<CalendarEvent> event = events.series("primary", GoogleJson.EVENT_ID);

        assertThat(event).isPresent();
        google.verify(2, getRequestedFor(urlEqualTo(EVENT_URL)));
        assertThat(fixture.sleeps).hasSize(1);
    }

    static Stream<Arguments> permanentFailures() {
        return Stream.of(
                Arguments.of("400 badRequest", GoogleJson.error(400, "global", "badRequest", "Bad Request"), Kind.REJECTED),
                Arguments.of("403 quotaExceeded", GoogleJson.quotaExceeded(), Kind.QUOTA_EXCEEDED),
                Arguments.of("403 forbiddenForNonOrganizer",
                        GoogleJson.error(403, "calendar", "forbiddenForNonOrganizer",
                                "Shared properties can only be changed by the organizer of the event."),
                        Kind.REJECTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permanentFailures")
    void surfacesPermanentFailureAfterOneRequest(String name, ResponseDefinitionBuilder failure, Kind kind) {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(failure));

        assertThatThrownBy(() -> fixture.events().series("primary", GoogleJson.EVENT_ID))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> assertThat(problem.kind()).isEqualTo(kind));
        google.verify(1, getRequestedFor(urlEqualTo(EVENT_URL)));
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void doesNotRepeatNotFound() {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(GoogleJson.notFound()));

        Optional<CalendarEvent> event = fixture.events().series("primary", GoogleJson.EVENT_ID);

        assertThat(event).isEmpty();
        google.verify(1, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void rejectionCarriesGooglesMessage() {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(
                GoogleJson.error(400, "calendar", "timeRangeEmpty", "The specified time range is empty.")));

        assertThatThrownBy(() -> fixture.events().series("primary", GoogleJson.EVENT_ID))
                .isInstanceOf(CalendarProblem.class)
                .hasMessageContaining("The specified time range is empty.");
    }

    @Test
    void givesUpAsUnavailableWhenServerErrorsPersist() {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(GoogleJson.backendError(503)));

        assertThatThrownBy(() -> fixture.events().series("primary", GoogleJson.EVENT_ID))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(Kind.UNAVAILABLE));
        google.verify(4, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void givesUpAsRateLimitedWhenGoogleKeepsAskingToSlowDown() {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(GoogleJson.rateLimited(429, "rateLimitExceeded")));

        assertThatThrownBy(() -> fixture.events().series("primary", GoogleJson.EVENT_ID))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(problem.providerReason()).contains("rateLimitExceeded");
                });
    }

    @Test
    void refreshesAnInvalidAccessTokenOnceAndRepeatsWithTheNewOne() {
        google.stubFor(get(urlEqualTo(EVENT_URL))
                .withHeader("Authorization", equalTo("Bearer " + GoogleFixture.OLD_TOKEN))
                .willReturn(GoogleJson.invalidCredentials()));
        google.stubFor(get(urlEqualTo(EVENT_URL))
                .withHeader("Authorization", equalTo("Bearer " + GoogleFixture.NEW_TOKEN))
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));
        google.stubFor(post(urlPathEqualTo("/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson(GoogleJson.tokenResponse(GoogleFixture.NEW_TOKEN))));

        Optional<CalendarEvent> event = fixture.events().series("primary", GoogleJson.EVENT_ID);

        assertThat(event).isPresent();
        google.verify(1, postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(containing("refresh_token=" + GoogleFixture.REFRESH_TOKEN.replace("/", "%2F"))));
        google.verify(2, getRequestedFor(urlEqualTo(EVENT_URL)));
        assertThat(fixture.refreshedTokens).containsExactly(GoogleFixture.NEW_TOKEN);
    }

    @Test
    void revokedGrantOnRefreshAfter401MeansTheAccountMustReconnect() {
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(GoogleJson.invalidCredentials()));
        google.stubFor(post(urlPathEqualTo("/token")).willReturn(GoogleJson.invalidGrant()));

        assertThatThrownBy(() -> fixture.events().series("primary", GoogleJson.EVENT_ID))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(Kind.ACCESS_REVOKED))
                .hasMessageContaining("Reconnect Google Calendar");
        assertThat(fixture.refreshErrors).containsExactly("invalid_grant");
        google.verify(1, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void revokedGrantWhenFetchingTheFirstAccessTokenMeansTheAccountMustReconnect() {
        google.stubFor(post(urlPathEqualTo("/token")).willReturn(GoogleJson.invalidGrant()));
        GoogleCalendarEvents events = fixture.events(fixture.calendar(
                CalendarCredentials.refreshOnly(GoogleFixture.REFRESH_TOKEN), GoogleFixture.NORMAL_READ_TIMEOUT));

        assertThatThrownBy(() -> events.series("primary", GoogleJson.EVENT_ID))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(Kind.ACCESS_REVOKED);
                    assertThat(problem.providerReason()).contains("invalid_grant");
                });
        google.verify(0, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void countsEveryAttemptIncludingRepeatsUnderTheOpenScope() {
        givenFirstAnswerThenEvent(GoogleJson.backendError(503));

        try (var scope = fixture.counter.scope("plan")) {
            fixture.events().series("primary", GoogleJson.EVENT_ID);
        }
        fixture.events().series("primary", GoogleJson.EVENT_ID);

        assertThat(fixture.counter.counts()).containsEntry("plan", 2L).containsEntry(ApiCallCounter.UNSCOPED, 1L);
        assertThat(fixture.counter.total()).isEqualTo(3);
    }

    private void givenFirstAnswerThenEvent(ResponseDefinitionBuilder first) {
        google.stubFor(get(urlEqualTo(EVENT_URL)).inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(first)
                .willSetStateTo("recovered"));
        google.stubFor(get(urlEqualTo(EVENT_URL)).inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));
    }
}
