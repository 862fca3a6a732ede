package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import touchbase.booking.Attendee;
import touchbase.booking.CalendarEvent;
import touchbase.booking.SeriesChange;
import touchbase.upkeep.SyncResult;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Interval;

class GoogleCalendarEventsChangesTest {

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String EVENTS_URL = "/calendar/v3/calendars/primary/events";
    private static final String EVENT_URL = EVENTS_URL + "/" + GoogleJson.EVENT_ID;
    private static final String INSTANCES_URL = EVENT_URL + "/instances";
    private static final String INSTANCE_ID = GoogleJson.EVENT_ID + "_20261215T090000Z";
    private static final ZonedDateTime SECOND_OCCURRENCE = ZonedDateTime.of(2026, 12, 15, 10, 0, 0, 0, BERLIN);

    private GoogleCalendarEvents events;

    @BeforeEach
    void pointClientAtStub() {
        events = new GoogleFixture(google.baseUrl()).events();
    }

    @Test
    void movesOneOccurrenceWithOnePatchToTheInstanceIdOfItsOriginalStart() {
        givenInstanceAtSecondOccurrence("accepted");
        google.stubFor(patch(urlPathEqualTo(EVENTS_URL + "/" + INSTANCE_ID)).willReturn(okJson(instance("accepted"))));
        ZonedDateTime newStart = SECOND_OCCURRENCE.plusDays(1).withHour(14);

        Optional<CalendarEvent> moved = events.moveOccurrence(
                "primary", GoogleJson.EVENT_ID, SECOND_OCCURRENCE, newStart, Duration.ofMinutes(30));

        assertThat(moved).map(CalendarEvent::recurringEventId).contains(Optional.of(GoogleJson.EVENT_ID));
        google.verify(0, getRequestedFor(urlPathEqualTo(INSTANCES_URL)));
        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS_URL + "/" + INSTANCE_ID))
                .withQueryParam("sendUpdates", equalTo("all"))
                .withQueryParam("conferenceDataVersion", equalTo("1"))
                .withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-12-16T14:00:00.000+01:00")))
                .withRequestBody(matchingJsonPath("$.start.timeZone", equalTo("Europe/Berlin")))
                .withRequestBody(matchingJsonPath("$.end.dateTime", equalTo("2026-12-16T14:30:00.000+01:00"))));
    }

    @Test
    void cancelsOneOccurrenceAsACancelledException() {
        givenInstanceAtSecondOccurrence("accepted");
        google.stubFor(patch(urlPathEqualTo(EVENTS_URL + "/" + INSTANCE_ID)).willReturn(okJson(instance("accepted"))));

        events.cancelOccurrence("primary", GoogleJson.EVENT_ID, SECOND_OCCURRENCE);

        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS_URL + "/" + INSTANCE_ID))
                .withQueryParam("sendUpdates", equalTo("all"))
                .withRequestBody(matchingJsonPath("$.status", equalTo("cancelled"))));
    }

    @Test
    void occurrenceThatTheRuleDoesNotHaveIsNotThere() {
        google.stubFor(get(urlPathEqualTo(INSTANCES_URL)).willReturn(okJson(page("", "", ""))));

        Optional<CalendarEvent> moved = events.moveOccurrence(
                "primary", GoogleJson.EVENT_ID, SECOND_OCCURRENCE, SECOND_OCCURRENCE.plusHours(2), Duration.ofMinutes(30));

        assertThat(moved).isEmpty();
        google.verify(1, patchRequestedFor(WireMock.anyUrl()));
        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS_URL + "/" + INSTANCE_ID)));
        google.verify(getRequestedFor(urlPathEqualTo(INSTANCES_URL))
                .withQueryParam("originalStart", equalTo("2026-12-15T10:00:00+01:00")));
    }

    @Test
    void showsWhoDeclinedAnOccurrence() {
        google.stubFor(get(urlPathEqualTo(INSTANCES_URL)).willReturn(okJson(page(instance("declined"), "", ""))));

        List<CalendarEvent> instances = events.instances("primary", GoogleJson.EVENT_ID,
                Interval.of(Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(30)));

        assertThat(instances).singleElement().satisfies(instance -> {
            assertThat(instance.responseOf("grace@example.com")).contains(Attendee.Response.DECLINED);
            assertThat(instance.originalStart()).contains(SECOND_OCCURRENCE);
            assertThat(instance.seriesId()).contains(GoogleJson.SERIES_ID);
        });
    }

    @Test
    void patchesTheSeriesKeepingItsConference() {
        google.stubFor(patch(urlPathEqualTo(EVENT_URL)).willReturn(okJson(GoogleJson.event(GoogleJson.EVENT_ID))));

        events.patchSeries("primary", GoogleJson.EVENT_ID,
                SeriesChange.none().withRrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261214T225959Z"));

        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENT_URL))
                .withQueryParam("conferenceDataVersion", equalTo("1"))
                .withQueryParam("sendUpdates", equalTo("all"))
                .withRequestBody(matchingJsonPath("$.recurrence[0]",
                        equalTo("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261214T225959Z")))
                .withRequestBody(matchingJsonPath("$.summary", absent())));
    }

    @Test
    void deletesTheSeriesTellingTheAttendees() {
        google.stubFor(delete(urlPathEqualTo(EVENT_URL)).willReturn(WireMock.noContent()));

        events.deleteSeries("primary", GoogleJson.EVENT_ID);

        google.verify(1, deleteRequestedFor(urlPathEqualTo(EVENT_URL)).withQueryParam("sendUpdates", equalTo("all")));
    }

    @Test
    void deletingASeriesThatIsAlreadyGoneSucceeds() {
        google.stubFor(delete(urlPathEqualTo(EVENT_URL)).willReturn(GoogleJson.deleted()));

        assertThatCode(() -> events.deleteSeries("primary", GoogleJson.EVENT_ID)).doesNotThrowAnyException();
        google.verify(1, deleteRequestedFor(urlPathEqualTo(EVENT_URL)));
    }

    @Test
    void deletingASeriesOnACalendarWeCannotWriteIsAProblem() {
        google.stubFor(delete(urlPathEqualTo(EVENT_URL)).willReturn(GoogleJson.error(403, "calendar",
                "requiredAccessLevel", "You need to have writer access to this calendar.")));

        assertThatThrownBy(() -> events.deleteSeries("primary", GoogleJson.EVENT_ID))
                .isInstanceOf(CalendarProblem.class)
                .hasMessageContaining("writer access");
    }

    @Test
    void listsTouchbaseEventsByTheirPrivatePropertyAcrossPages() {
        google.stubFor(get(urlPathEqualTo(EVENTS_URL)).withQueryParam("pageToken", absent())
                .willReturn(okJson(page(GoogleJson.event(GoogleJson.EVENT_ID), "page-2", ""))));
        google.stubFor(get(urlPathEqualTo(EVENTS_URL)).withQueryParam("pageToken", equalTo("page-2"))
                .willReturn(okJson(page(GoogleJson.event("tb00000000second"), "", ""))));

        List<CalendarEvent> found = events.touchbaseEvents("primary");

        assertThat(found).extracting(CalendarEvent::eventId).containsExactly(GoogleJson.EVENT_ID, "tb00000000second");
        google.verify(2, getRequestedFor(urlPathEqualTo(EVENTS_URL))
                .withQueryParam("privateExtendedProperty", equalTo("touchbase=1")));
    }

    @Test
    void incrementalSyncKeepsTouchbaseAndCancelledEventsAndReturnsTheNextToken() {
        String foreign = """
                {"kind": "calendar#event", "id": "lunch0001", "status": "confirmed", "summary": "Lunch",
                 "start": {"dateTime": "2026-12-02T12:00:00+01:00"}, "end": {"dateTime": "2026-12-02T13:00:00+01:00"}}""";
        String deleted = """
                {"kind": "calendar#event", "etag": "\\"3525183624184001\\"", "id": "tb0000000gone", "status": "cancelled"}""";
        google.stubFor(get(urlPathEqualTo(EVENTS_URL)).withQueryParam("pageToken", absent())
                .willReturn(okJson(page(GoogleJson.event(GoogleJson.EVENT_ID) + "," + foreign, "page-2", ""))));
        google.stubFor(get(urlPathEqualTo(EVENTS_URL)).withQueryParam("pageToken", equalTo("page-2"))
                .willReturn(okJson(page(deleted, "", "sync-token-2"))));

        SyncResult result = events.sync("primary", Optional.of("sync-token-1"));

        assertThat(result).isInstanceOfSatisfying(SyncResult.Changes.class, changes -> {
            assertThat(changes.nextSyncToken()).isEqualTo("sync-token-2");
            assertThat(changes.events()).extracting(CalendarEvent::eventId)
                    .containsExactly(GoogleJson.EVENT_ID, "tb0000000gone");
            assertThat(changes.events().get(1).cancelled()).isTrue();
        });
        google.verify(2, getRequestedFor(urlPathEqualTo(EVENTS_URL))
                .withQueryParam("syncToken", equalTo("sync-token-1"))
                .withQueryParam("privateExtendedProperty", absent()));
    }

    @Test
    void expiredSyncTokenAsksForAFullResync() {
        google.stubFor(get(urlPathEqualTo(EVENTS_URL)).willReturn(GoogleJson.fullSyncRequired()));

        SyncResult result = events.sync("primary", Optional.of("sync-token-old"));

        assertThat(result).isInstanceOf(SyncResult.FullResyncRequired.class);
        google.verify(1, getRequestedFor(urlPathEqualTo(EVENTS_URL)));
    }

    private void givenInstanceAtSecondOccurrence(String response) {
        google.stubFor(get(urlPathEqualTo(INSTANCES_URL))
                .withQueryParam("originalStart", equalTo("2026-12-15T10:00:00+01:00"))
                .willReturn(okJson(page(instance(response), "", ""))));
    }

    private static String instance(String response) {
        return """
                {
                 "kind": "calendar#event",
                 "id": "%1$s",
                 "status": "confirmed",
                 "summary": "Touch-base: Ada / Grace",
                 "start": {"dateTime": "2026-12-15T10:00:00+01:00", "timeZone": "Europe/Berlin"},
                 "end": {"dateTime": "2026-12-15T10:30:00+01:00", "timeZone": "Europe/Berlin"},
                 "recurringEventId": "%2$s",
                 "originalStartTime": {"dateTime": "2026-12-15T10:00:00+01:00", "timeZone": "Europe/Berlin"},
                 "iCalUID": "%2$s@google.com",
                 "sequence": 0,
                 "attendees": [{"email": "grace@example.com", "responseStatus": "%3$s"}],
                 "extendedProperties": {"private": {"touchbase": "1", "touchbaseSeriesId": "%4$s"}}
                }""".formatted(INSTANCE_ID, GoogleJson.EVENT_ID, response, GoogleJson.SERIES_ID);
    }

    private static String page(String items, String nextPageToken, String nextSyncToken) {
        return """
                {
                 "kind": "calendar#events",
                 "summary": "ada@example.com",
                 "updated": "2026-11-25T09:00:01.092Z",
                 "timeZone": "Europe/Berlin",
                 "accessRole": "owner",
                 "defaultReminders": [],
                 %s%s"items": [%s]
                }""".formatted(
                nextPageToken.isEmpty() ? "" : "\"nextPageToken\": \"" + nextPageToken + "\",\n ",
                nextSyncToken.isEmpty() ? "" : "\"nextSyncToken\": \"" + nextSyncToken + "\",\n ",
                items);
    }
}
