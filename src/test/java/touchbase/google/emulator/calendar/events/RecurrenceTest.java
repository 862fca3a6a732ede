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
    void lastFridayOfEveryOtherMonth() {
        assertThat(dates("RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=3", ZonedDateTime.of(2026, 1, 30, 15, 0, 0, 0, NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 5, 29));
    }

    @Test
    void dateOnlyUntilIncludesThatDay() {
        assertThat(dates("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260112", ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 12));
    }

    @Test
    void utcUntilIsInclusiveToTheSecond() {
        ZonedDateTime start = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, NEW_YORK);

        assertThat(dates("RRULE:FREQ=DAILY;UNTIL=20260107T140000Z", start)).hasSize(3);
        assertThat(dates("RRULE:FREQ=DAILY;UNTIL=20260107T135959Z", start)).hasSize(2);
    }

    @Test
    void yearlyOnTheLeapDaySkipsOtherYears() {
        assertThat(dates("RRULE:FREQ=YEARLY;COUNT=2", ZonedDateTime.of(2024, 2, 29, 9, 0, 0, 0, NEW_YORK)))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29));
    }

    @Test
    void rdateAddsAStartAndLimitIsExclusive() {
        List<String> lines = List.of("RRULE:FREQ=DAILY;COUNT=2", "RDATE;TZID=America/New_York:20260110T120000");
        ZonedDateTime start = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, NEW_YORK);

        assertThat(Recurrence.parse(lines).starts(start, FAR)).extracting(z -> z.toInstant().toString())
                .containsExactly("2026-01-05T14:00:00Z", "2026-01-06T14:00:00Z", "2026-01-10T17:00:00Z");
        assertThat(Recurrence.parse(lines).starts(start, Instant.parse("2026-01-06T14:00:00Z"))).hasSize(1);
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
        assertThatThrownBy(() -> Recurrence.parse(List.of("RRULE:FREQ=HOURLY"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Recurrence.parse(List.of("RRULE:FREQ=DAILY;COUNT=2;UNTIL=20260110"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Recurrence.parse(List.of("RRULE:FREQ=DAILY;UNTIL=20260110T000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Recurrence.parse(List.of("RRULE:FREQ=WEEKLY;BYDAY=XX"))).isInstanceOf(ApiException.class);
    }

    private static List<LocalDate> dates(String rule, ZonedDateTime start) {
        return Recurrence.parse(List.of(rule)).starts(start, FAR).stream().map(ZonedDateTime::toLocalDate).toList();
    }
}
