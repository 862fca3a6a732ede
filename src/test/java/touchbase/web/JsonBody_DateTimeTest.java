package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Start times in request bodies: RFC 3339, a zone id in brackets, or local time in the account's zone. */
class JsonBody_DateTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime TEN_IN_BERLIN = ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, BERLIN);

    @Test
    void readsRfc3339WithAnOffsetInTheAccountsZone() {
        assertThat(start("2026-12-08T10:00:00+01:00")).isEqualTo(TEN_IN_BERLIN);
        assertThat(start("2026-12-08T09:00:00Z")).isEqualTo(TEN_IN_BERLIN);
        assertThat(start("2026-12-08t09:00:00z")).isEqualTo(TEN_IN_BERLIN);
        assertThat(start("2026-12-08T09:00:00.000Z")).isEqualTo(TEN_IN_BERLIN);
    }

    @Test
    void readsLocalTimesAndZoneIdsAsBefore() {
        assertThat(start("2026-12-08T10:00")).isEqualTo(TEN_IN_BERLIN);
        assertThat(start("2026-12-08T10:00+01:00[Europe/Berlin]")).isEqualTo(TEN_IN_BERLIN);
    }

    @Test
    void refusesAnythingElseNamingTheField() {
        assertThatThrownBy(() -> start("next tuesday")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("RFC 3339").extracting(e -> ((BadRequest) e).field()).isEqualTo("start");
    }

    private static ZonedDateTime start(String value) {
        return JsonBody.parse("{\"start\":\"" + value + "\"}").dateTime("start", BERLIN).orElseThrow();
    }
}
