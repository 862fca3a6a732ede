package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import touchbase.booking.BookedEvent;
import touchbase.domain.CalendarProblem;
import touchbase.domain.CalendarProblem.Kind;

class GoogleCalendarEventsInsertTest {

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String EVENTS_URL = "/calendar/v3/calendars/primary/events";
    private static final String EVENT_URL = EVENTS_URL + "/" + GoogleJson.EVENT_ID;

    private GoogleFixture fixture;

    @BeforeEach
    void pointClientAtStub() {
        fixture = new GoogleFixture(google.baseUrl());
    }

    @Test
    void insertsRecurringEventWithZonedTimesRuleAttendeeAndPrivateMarker() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));

        BookedEvent booked = fixture.events().insertSeries(Invites.biweeklyWithGrace().build());

        assertThat(booked).isEqualTo(new BookedEvent(GoogleJson.EVENT_ID, GoogleJson.EVENT_ID + "@google.com", 0,
                Optional.empty(), "https://www.google.com/calendar/event?eid=ZHQwaG4zaWE4ZDJsNG44dDRrMGlrZDJtcHZzZzA"));
        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS_URL))
                .withQueryParam("sendUpdates", equalTo("all"))
                .withQueryParam("conferenceDataVersion", absent())
                .withRequestBody(matchingJsonPath("$.id", equalTo(GoogleJson.EVENT_ID)))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-01T10:00:00.000+01:00")))
                .withRequestBody(matchingJsonPath("$.start.timeZone", equalTo("Europe/Berlin")))
                .withRequestBody(matchingJsonPath("$.end.dateTime", equalTo("2026-12-01T10:30:00.000+01:00")))
                .withRequestBody(matchingJsonPath("$.end.timeZone", equalTo("Europe/Berlin")))
                .withRequestBody(matchingJsonPath("$.recurrence[0]", equalTo("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")))
                .withRequestBody(matchingJsonPath("$.recurrence.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.attendees[0].email", equalTo("grace@example.com")))
                .withRequestBody(matchingJsonPath("$.description", equalTo("Agenda: wins, blockers, asks")))
                .withRequestBody(matchingJsonPath("$.extendedProperties.private.touchbase", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.extendedProperties.private.touchbaseSeriesId",
                        equalTo(GoogleJson.SERIES_ID)))
                .withRequestBody(matchingJsonPath("$.conferenceData", absent())));
    }

    @Test
    void retriedInsertThatGoogleAlreadyStoredIsFoundAgainNotDuplicated() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).inScenario("slow insert")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID)).withFixedDelay(1_500))
                .willSetStateTo("stored"));
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).inScenario("slow insert")
                .whenScenarioStateIs("stored")
                .willReturn(GoogleJson.duplicate()));
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));
        GoogleCalendarEvents events = fixture.events(fixture.calendar(
                new CalendarCredentials(Optional.of(GoogleFixture.OLD_TOKEN), GoogleFixture.REFRESH_TOKEN, Optional.empty()),
                GoogleFixture.SHORT_READ_TIMEOUT));

        BookedEvent booked = events.insertSeries(Invites.biweeklyWithGrace().build());

        assertThat(booked.eventId()).isEqualTo(GoogleJson.EVENT_ID);
        google.verify(2, postRequestedFor(urlPathEqualTo(EVENTS_URL)));
        google.verify(1, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void idOfDeletedEventCannotBeBookedAgain() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL)).willReturn(GoogleJson.duplicate()));
        google.stubFor(get(urlEqualTo(EVENT_URL)).willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID, "cancelled", ""))));

        assertThatThrownBy(() -> fixture.events().insertSeries(Invites.biweeklyWithGrace().build()))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(Kind.EVENT_ID_TAKEN))
                .hasMessageContaining("next generation");
    }

    @Test
    void requestsMeetWithRequestIdStableForTheEvent() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL))
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID, "confirmed", GoogleJson.meet("success")))));

        BookedEvent booked = fixture.events().insertSeries(Invites.biweeklyWithGrace().withMeet().build());

        assertThat(booked.meetUri()).contains("https://meet.google.com/abc-defg-hij");
        google.verify(postRequestedFor(urlPathEqualTo(EVENTS_URL))
                .withQueryParam("conferenceDataVersion", equalTo("1"))
                .withRequestBody(matchingJsonPath("$.conferenceData.createRequest.requestId",
                        equalTo("touchbase-" + GoogleJson.EVENT_ID)))
                .withRequestBody(matchingJsonPath("$.conferenceData.createRequest.conferenceSolutionKey.type",
                        equalTo("hangoutsMeet"))));
        google.verify(0, getRequestedFor(urlEqualTo(EVENT_URL)));
    }

    @Test
    void aMeetLinkStillPendingIsNotPolledForSoTheBookingCostsOneCall() {
        google.stubFor(post(urlPathEqualTo(EVENTS_URL))
                .willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID, "confirmed", GoogleJson.meet("pending")))));
        long before = fixture.counter.total();

        BookedEvent booked = fixture.events().insertSeries(Invites.biweeklyWithGrace().withMeet().build());

        assertThat(booked.eventId()).isEqualTo(GoogleJson.EVENT_ID);
        assertThat(booked.meetUri()).isEmpty();
        google.verify(0, getRequestedFor(urlEqualTo(EVENT_URL)));
        assertThat(fixture.counter.total() - before).isEqualTo(1);
    }
}
