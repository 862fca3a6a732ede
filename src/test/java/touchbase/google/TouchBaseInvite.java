package touchbase.google;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import touchbase.booking.EventIds;
import touchbase.booking.SeriesInvite;

/**
 * Test data for the emulator tests: a touch-base Alex (primary calendar, London) books with a
 * demo colleague, weekly on Tuesdays at 10:00 London from 2026-12-01 unless changed.
 */
final class TouchBaseInvite {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime FIRST_TUESDAY = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, LONDON);

    private UUID seriesId = UUID.fromString("7f3c1a52-9d4e-4b8a-a1f0-2c6d5e4b3a21");
    private int generation;
    private String attendee = EmulatedGoogle.LENA;
    private ZonedDateTime firstStart = FIRST_TUESDAY;
    private String rrule = "FREQ=WEEKLY;BYDAY=TU";
    private boolean withMeet;

    static TouchBaseInvite weeklyWithLena() {
        return new TouchBaseInvite();
    }

    TouchBaseInvite series(String uuid) {
        this.seriesId = UUID.fromString(uuid);
        return this;
    }

    TouchBaseInvite generation(int newGeneration) {
        this.generation = newGeneration;
        return this;
    }

    TouchBaseInvite with(String attendeeEmail) {
        this.attendee = attendeeEmail;
        return this;
    }

    TouchBaseInvite startingAt(ZonedDateTime start, String rule) {
        this.firstStart = start;
        this.rrule = rule;
        return this;
    }

    TouchBaseInvite withMeet() {
        this.withMeet = true;
        return this;
    }

    String eventId() {
        return EventIds.forSeries(seriesId, generation);
    }

    SeriesInvite build() {
        return new SeriesInvite(eventId(), "Touch-base: Alex / " + attendee, "Wins, blockers, asks",
                firstStart, Duration.ofMinutes(30), rrule, "primary", attendee, "", withMeet, seriesId.toString());
    }
}
