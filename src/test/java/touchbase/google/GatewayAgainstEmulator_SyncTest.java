package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.google.TouchBaseInvite.FIRST_TUESDAY;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.Attendee;
import touchbase.booking.CalendarEvent;
import touchbase.booking.SeriesChange;
import touchbase.booking.SeriesInvite;
import touchbase.upkeep.SyncResult;

/** The real gateway's incremental sync against the emulator's sync tokens. */
class GatewayAgainstEmulator_SyncTest {

    private final EmulatedGoogle google = EmulatedGoogle.demo();
    private final GoogleCalendarEvents events = google.alexEvents();
    private final SeriesInvite lena = TouchBaseInvite.weeklyWithLena().build();
    private final SeriesInvite tom = TouchBaseInvite.weeklyWithLena().series("0b6f4c11-2a3d-4e5f-8a9b-1c2d3e4f5a6b")
            .with(EmulatedGoogle.TOM).build();

    @AfterEach
    void stopEmulator() {
        google.close();
    }

    @Test
    void firstSyncListsTouchbasesEventsAndGivesAToken() {
        events.insertSeries(lena);

        SyncResult.Changes first = changes(events.sync("primary", Optional.empty()));

        assertThat(first.events()).extracting(CalendarEvent::eventId).containsExactly(lena.eventId());
        assertThat(first.nextSyncToken()).isNotBlank();
    }

    @Test
    void nextSyncReturnsOnlyWhatChangedSince() {
        events.insertSeries(lena);
        events.insertSeries(tom);
        String token = changes(events.sync("primary", Optional.empty())).nextSyncToken();

        events.patchSeries("primary", tom.eventId(), SeriesChange.none().withDescription("New agenda"));
        SyncResult.Changes next = changes(events.sync("primary", Optional.of(token)));

        assertThat(next.events()).extracting(CalendarEvent::eventId).containsExactly(tom.eventId());
        assertThat(changes(events.sync("primary", Optional.of(next.nextSyncToken()))).events()).isEmpty();
    }

    @Test
    void nextSyncReportsADeletedSeriesAsCancelled() {
        events.insertSeries(lena);
        String token = changes(events.sync("primary", Optional.empty())).nextSyncToken();

        events.deleteSeries("primary", lena.eventId());
        SyncResult.Changes next = changes(events.sync("primary", Optional.of(token)));

        assertThat(next.events()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(lena.eventId());
            assertThat(event.cancelled()).isTrue();
        });
    }

    @Test
    void nextSyncReportsACancelledOccurrenceAsACancelledException() {
        events.insertSeries(lena);
        String token = changes(events.sync("primary", Optional.empty())).nextSyncToken();

        events.cancelOccurrence("primary", lena.eventId(), FIRST_TUESDAY.plusWeeks(1));
        SyncResult.Changes next = changes(events.sync("primary", Optional.of(token)));

        assertThat(next.events()).singleElement().satisfies(event -> {
            assertThat(event.cancelled()).isTrue();
            assertThat(event.recurringEventId()).contains(lena.eventId());
            assertThat(event.originalStart()).contains(FIRST_TUESDAY.plusWeeks(1));
        });
    }

    @Test
    void nextSyncShowsTheColleagueDeclining() throws IOException {
        events.insertSeries(lena);
        String token = changes(events.sync("primary", Optional.empty())).nextSyncToken();

        google.answer(lena.eventId(), EmulatedGoogle.LENA, "declined");
        SyncResult.Changes next = changes(events.sync("primary", Optional.of(token)));

        assertThat(next.events()).singleElement()
                .satisfies(event -> assertThat(event.responseOf(EmulatedGoogle.LENA)).contains(Attendee.Response.DECLINED));
    }

    @Test
    void anExpiredSyncTokenAsksForAFullResync() {
        events.insertSeries(lena);
        String token = changes(events.sync("primary", Optional.empty())).nextSyncToken();

        google.emulator.invalidateSyncTokens();

        assertThat(events.sync("primary", Optional.of(token))).isInstanceOf(SyncResult.FullResyncRequired.class);
        assertThat(changes(events.sync("primary", Optional.empty())).events())
                .extracting(CalendarEvent::eventId).containsExactly(lena.eventId());
    }

    private static SyncResult.Changes changes(SyncResult result) {
        assertThat(result).isInstanceOf(SyncResult.Changes.class);
        return (SyncResult.Changes) result;
    }
}
