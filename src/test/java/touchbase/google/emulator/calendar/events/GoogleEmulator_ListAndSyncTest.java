package touchbase.google.emulator.calendar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static touchbase.google.emulator.TestGoogle.at;
import static touchbase.google.emulator.TestGoogle.event;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.EmulatorCase;

class GoogleEmulator_ListAndSyncTest extends EmulatorCase {

    private static final String LONDON = "Europe/London";

    @Test
    void privateExtendedPropertyFilterRequiresEveryConstraint() throws Exception {
        insert("tagged0001", Map.of("touchbase", "1", "pair", "bea"));
        insert("tagged0002", Map.of("touchbase", "1", "pair", "chen"));
        insert("untagged01", Map.of());

        Events both = calendar.events().list("primary")
                .setPrivateExtendedProperty(List.of("touchbase=1", "pair=bea")).execute();
        Events one = calendar.events().list("primary").setPrivateExtendedProperty(List.of("touchbase=1")).execute();

        assertThat(both.getItems()).extracting(Event::getId).containsExactly("tagged0001");
        assertThat(one.getItems()).extracting(Event::getId).containsExactly("tagged0001", "tagged0002");
    }

    @Test
    void syncTokenReturnsOnlyChangesIncludingCancelledEvents() throws Exception {
        insert("before0001", Map.of());
        insert("before0002", Map.of());
        String syncToken = calendar.events().list("primary").execute().getNextSyncToken();
        insert("after00001", Map.of());
        calendar.events().delete("primary", "before0002").execute();

        Events changes = calendar.events().list("primary").setSyncToken(syncToken).execute();

        assertThat(changes.getItems()).extracting(Event::getId, Event::getStatus)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("after00001", "confirmed"),
                        org.assertj.core.groups.Tuple.tuple("before0002", "cancelled"));
        assertThat(changes.getNextSyncToken()).isNotBlank();
        assertThat(calendar.events().list("primary").setSyncToken(changes.getNextSyncToken()).execute().getItems())
                .isEmpty();
    }

    @Test
    void invalidatedOrUnknownSyncTokenIs410FullSyncRequired() throws Exception {
        String syncToken = calendar.events().list("primary").execute().getNextSyncToken();
        google.emulator.invalidateSyncTokens();

        GoogleJsonResponseException expired = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").setSyncToken(syncToken).execute());
        GoogleJsonResponseException unknown = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").setSyncToken("garbage").execute());

        assertThat(expired.getStatusCode()).isEqualTo(410);
        assertThat(expired.getDetails().getErrors().get(0).getReason()).isEqualTo("fullSyncRequired");
        assertThat(unknown.getStatusCode()).isEqualTo(410);
    }

    @Test
    void syncTokenWithExtendedPropertyFilterIs400() throws Exception {
        String syncToken = calendar.events().list("primary").execute().getNextSyncToken();

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").setSyncToken(syncToken)
                        .setPrivateExtendedProperty(List.of("touchbase=1")).execute());

        assertThat(error.getStatusCode()).isEqualTo(400);
    }

    @Test
    void pagesWithPageTokenAndGivesSyncTokenOnLastPageOnly() throws Exception {
        for (int i = 0; i < 3; i++) {
            insert("paged000" + i, Map.of());
        }

        Events first = calendar.events().list("primary").setMaxResults(2).execute();
        Events second = calendar.events().list("primary").setMaxResults(2).setPageToken(first.getNextPageToken()).execute();

        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getNextSyncToken()).isNull();
        assertThat(second.getItems()).extracting(Event::getId).containsExactly("paged0002");
        assertThat(second.getNextPageToken()).isNull();
        assertThat(second.getNextSyncToken()).isNotBlank();
    }

    @Test
    void singleEventsOrderedByStartExpandSeriesWithinTimeWindow() throws Exception {
        calendar.events().insert("primary", event("Series", at("2026-03-02T09:00", LONDON), at("2026-03-02T09:30", LONDON))
                .setId("listseries1").setRecurrence(List.of("RRULE:FREQ=WEEKLY"))).execute();
        insert("oneoff0001", Map.of());

        Events events = calendar.events().list("primary").setSingleEvents(true).setOrderBy("startTime")
                .setTimeMin(new com.google.api.client.util.DateTime("2026-03-05T00:00:00Z"))
                .setTimeMax(new com.google.api.client.util.DateTime("2026-03-17T00:00:00Z")).execute();

        assertThat(events.getItems()).extracting(Event::getId)
                .containsExactly("listseries1_20260309T090000Z", "oneoff0001", "listseries1_20260316T090000Z");
    }

    @Test
    void deletedEventsAppearOnlyWithShowDeleted() throws Exception {
        insert("gone000001", Map.of());
        calendar.events().delete("primary", "gone000001").execute();

        assertThat(calendar.events().list("primary").execute().getItems()).isEmpty();
        assertThat(calendar.events().list("primary").setShowDeleted(true).execute().getItems())
                .extracting(Event::getStatus).containsExactly("cancelled");
    }

    private void insert(String id, Map<String, String> privateProperties) throws Exception {
        Event event = event("Event " + id, at("2026-03-10T10:00", LONDON), at("2026-03-10T10:30", LONDON)).setId(id);
        if (!privateProperties.isEmpty()) {
            event.setExtendedProperties(new Event.ExtendedProperties().setPrivate(privateProperties));
        }
        calendar.events().insert("primary", event).execute();
    }
}
