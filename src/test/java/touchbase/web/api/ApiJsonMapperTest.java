package touchbase.web.api;

import touchbase.web.api.MeAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The API's mapper writes date-times as RFC 3339 (section 5.6), whatever zone or precision they carry. */
class ApiJsonMapperTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final JsonMapper mapper = ApiJsonMapper.create();

    record Answer(ZonedDateTime start, String timeZone, Instant createdAt, LocalDate date, ZonedDateTime none) {
    }

    @Test
    void writesAZonedDateTimeWithSecondsAndOffsetButNoZoneId() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 14, 13, 15, 0, 0, NEW_YORK);

        assertThat(mapper.writeValueAsString(start)).isEqualTo("\"2026-12-14T13:15:00-05:00\"");
    }

    @Test
    void writesTheSummerOffsetOfTheSameZone() {
        ZonedDateTime start = ZonedDateTime.of(2026, 7, 14, 13, 15, 0, 0, NEW_YORK);

        assertThat(mapper.writeValueAsString(start)).isEqualTo("\"2026-07-14T13:15:00-04:00\"");
    }

    @Test
    void dropsFractionsOfASecond() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 14, 13, 15, 7, 123_456_789, NEW_YORK);

        assertThat(mapper.writeValueAsString(start)).isEqualTo("\"2026-12-14T13:15:07-05:00\"");
    }

    @Test
    void writesInstantsInUtcAndDatesAsDates() {
        Answer answer = new Answer(ZonedDateTime.of(2026, 12, 14, 13, 15, 0, 0, NEW_YORK), NEW_YORK.getId(),
                Instant.parse("2026-12-03T09:15:30.123456Z"), LocalDate.of(2026, 12, 8), null);

        assertThat(mapper.writeValueAsString(answer)).isEqualTo("{\"start\":\"2026-12-14T13:15:00-05:00\","
                + "\"timeZone\":\"America/New_York\",\"createdAt\":\"2026-12-03T09:15:30Z\",\"date\":\"2026-12-08\","
                + "\"none\":null}");
    }

    @Test
    void writesAnErrorWithoutAFieldAsJustTheError() {
        assertThat(mapper.writeValueAsString(new MeAnswers.Error("no such page: /x", null)))
                .isEqualTo("{\"error\":\"no such page: /x\"}");
        assertThat(mapper.writeValueAsString(new MeAnswers.Error("email is required", "email")))
                .isEqualTo("{\"error\":\"email is required\",\"field\":\"email\"}");
    }
}
