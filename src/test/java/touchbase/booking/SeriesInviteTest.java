package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeriesInviteTest {

    private static final String SERIES = "6f1c1b8e-5a43-4c52-9d1e-2f4a5b6c7d8e";
    private static final String EVENT_ID = EventIds.forSeries(UUID.fromString(SERIES), 0);
    private static final ZonedDateTime TUESDAY_TEN = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void rejectsAFixedOffsetBecauseRecurringEventsNeedANamedZone() {
        ZonedDateTime offsetOnly = TUESDAY_TEN.withZoneSameInstant(ZoneOffset.ofHours(1));

        assertThatThrownBy(() -> invite(offsetOnly, "FREQ=WEEKLY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstStart")
                .hasMessageContaining("Europe/Berlin");
    }

    @Test
    void rejectsARuleWithDtstartNamingTheField() {
        assertThatThrownBy(() -> invite(TUESDAY_TEN, "DTSTART:20261201T100000\nRRULE:FREQ=WEEKLY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rrule");
    }

    @Test
    void rejectsAnEventIdGoogleWouldRefuse() {
        assertThatThrownBy(() -> new SeriesInvite("Not-An-Id", "Touch-base", "", TUESDAY_TEN, Duration.ofMinutes(30),
                "FREQ=WEEKLY", "primary", "grace@example.com", "Grace", false, SERIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventId");
    }

    private static SeriesInvite invite(ZonedDateTime start, String rrule) {
        return new SeriesInvite(EVENT_ID, "Touch-base", "", start, Duration.ofMinutes(30), rrule, "primary",
                "grace@example.com", "Grace", false, SERIES);
    }
}
