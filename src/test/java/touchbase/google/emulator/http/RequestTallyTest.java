package touchbase.google.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTallyTest {

    @Test
    void countsRequestsByMethodAndPathShapeWithIdsReplaced() {
        RequestTally tally = new RequestTally();

        tally.count("POST", List.of("calendar", "v3", "calendars", "primary", "events"));
        tally.count("POST", List.of("calendar", "v3", "calendars", "primary", "events"));
        tally.count("PATCH", List.of("calendar", "v3", "calendars", "ann@example.com", "events", "abc123"));
        tally.count("POST", List.of("calendar", "v3", "freeBusy"));

        assertThat(tally.snapshot()).isEqualTo(Map.of(
                "POST /calendar/v3/calendars/primary/events", 2L,
                "PATCH /calendar/v3/calendars/{id}/events/{id}", 1L,
                "POST /calendar/v3/freeBusy", 1L));
    }
}
