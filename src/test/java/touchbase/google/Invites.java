package touchbase.google;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import touchbase.booking.SeriesInvite;

/** Test data: a biweekly touch-base between Ada (organizer, primary calendar) and Grace. */
final class Invites {

    static final ZonedDateTime FIRST_START = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private boolean withMeet;

    static Invites biweeklyWithGrace() {
        return new Invites();
    }

    Invites withMeet() {
        this.withMeet = true;
        return this;
    }

    SeriesInvite build() {
        return new SeriesInvite(GoogleJson.EVENT_ID, "Touch-base: Ada / Grace", "Agenda: wins, blockers, asks",
                FIRST_START, Duration.ofMinutes(30), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "primary",
                "grace@example.com", "Grace", withMeet, GoogleJson.SERIES_ID);
    }
}
