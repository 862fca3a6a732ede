package touchbase.google.emulator.calendar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.http.ApiException;

class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant FAR = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void monthlySecondTuesdayWithCount() {
        assertThat(dates("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3", ZonedDateTime.of(2026, 1, 13, 10, 0, 0, 0, NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10));
    }

    @Test
    void biweeklyOnTwoDaysUntilDate() {
        assertThat(dates("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20260126", ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 19),
                        LocalDate.of(2026, 1, 22));
    }

    @Test
    void exdateRemovesAnOccurrenceButCountStillCountsIt() {
        List<String> lines = List.of("RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=America/New_York:20260112T090000");

        assertThat(Recurrence.parse(lines).starts(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, NEW_YORK), FAR))
                .extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19));
    }

    @Test
    void keepsLocalTimeOverTheSpringForwardChange() {
        List<ZonedDateTime> starts = Recurrence.parse(List.of("RRULE:FREQ=DAILY;COUNT=3"))
                .starts(ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, NEW_YORK), FAR);

        assertThat(starts).extracting(z -> z.toInstant().toString())
                .containsExactly("2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z");
    }

    @Test
    void rejectsDtstartAndUnsupportedParts() {
        assertThatThrownBy(() -> Recurrence.parse(List.of("DTSTART:20260101T000000Z"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Recurrence.parse(List.of("RRULE:FREQ=WEEKLY;BYSETPOS=1"))).isInstanceOf(ApiException.class);
    }

    private static List<LocalDate> dates(String rule, ZonedDateTime start) {
        return Recurrence.parse(List.of(rule)).starts(start, FAR).stream().map(ZonedDateTime::toLocalDate).toList();
    }
}
