package touchbase.planning.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.FreeBusy;
import touchbase.domain.TimeZoneSource;

class ZoneInferenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FROM = LocalDate.parse("2026-01-05");
    private static final LocalDate TO = LocalDate.parse("2026-02-02");

    private static ZoneGuess inferFor(String zoneId, LocalDate from, LocalDate to) {
        FreeBusy busy = SyntheticCalendar.workingIn(zoneId).weekdays(from, to, 12).freeBusy();
        return ZoneInference.infer(busy, BERLIN, List.of());
    }

    @Test
    void infersNewYorkFromAWorkingDayOnItsClock() {
        ZoneGuess guess = inferFor("America/New_York", FROM, TO);

        assertThat(guess.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(guess.source()).isEqualTo(TimeZoneSource.INFERRED);
        assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(guess.certainty()).isEqualTo("sure");
        assertThat(guess.words()).startsWith("America/New_York, inferred from their calendar: 100% of ")
                .endsWith("falls in 09:00-17:00 on weekdays there (sure)");
    }

    @Test
    void infersKolkataWithItsHalfHourOffset() {
        assertThat(inferFor("Asia/Kolkata", FROM, TO).zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void infersTokyoSydneyLondonAndLosAngeles() {
        for (String zone : List.of("Asia/Tokyo", "Australia/Sydney", "Europe/London", "America/Los_Angeles")) {
            assertThat(inferFor(zone, FROM, TO).zone()).as(zone).isEqualTo(ZoneId.of(zone));
        }
    }

    @Test
    void followsNewYorkAcrossItsDaylightSavingWeek() {
        ZoneGuess guess = inferFor("America/New_York", LocalDate.parse("2026-02-23"), LocalDate.parse("2026-03-23"));

        assertThat(guess.zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void tellsLondonFromAFixedOffsetAcrossTheEuropeanChange() {
        ZoneGuess guess = inferFor("Europe/London", LocalDate.parse("2026-03-16"), LocalDate.parse("2026-04-13"));

        assertThat(guess.zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void prefersAZoneTheAccountAlreadyKnowsOnATie() {
        FreeBusy busy = SyntheticCalendar.workingIn("Asia/Singapore").weekdays(FROM, TO, 12).freeBusy();

        ZoneGuess guess = ZoneInference.infer(busy, BERLIN, List.of(ZoneId.of("Asia/Shanghai")));

        assertThat(guess.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void assumesTheAccountsZoneWhenTheCalendarIsUnknown() {
        ZoneGuess guess = ZoneInference.infer(FreeBusy.unknown("x@other.org", "notFound"), BERLIN, List.of());

        assertThat(guess.zone()).isEqualTo(BERLIN);
        assertThat(guess.source()).isEqualTo(TimeZoneSource.ASSUMED);
        assertThat(guess.confidence()).isZero();
        assertThat(guess.words()).isEqualTo("Europe/Berlin (your zone), assumed: their calendar is unknown (notFound)");
    }

    @Test
    void assumesTheAccountsZoneWhenTheCalendarSaysTooLittle() {
        FreeBusy busy = SyntheticCalendar.workingIn("Asia/Tokyo").meeting(FROM, "10:00", "11:00")
                .meeting(FROM.plusDays(1), "10:00", "11:00").freeBusy();

        ZoneGuess guess = ZoneInference.infer(busy, BERLIN, List.of());

        assertThat(guess.source()).isEqualTo(TimeZoneSource.ASSUMED);
        assertThat(guess.words()).endsWith("too little busy time to tell (2 hours on 2 days)");
    }

    @Test
    void leavesOutAllDayBlocksLikeHolidays() {
        SyntheticCalendar calendar = SyntheticCalendar.workingIn("Asia/Tokyo");
        for (int day = 0; day < 20; day++) {
            calendar.meeting(FROM.plusDays(day), "00:00", "23:00");
        }

        assertThat(ZoneInference.infer(calendar.freeBusy(), BERLIN, List.of()).source())
                .isEqualTo(TimeZoneSource.ASSUMED);
    }

    @Test
    void assumesWhenBusyTimeFitsNoWorkingDay() {
        SyntheticCalendar calendar = SyntheticCalendar.workingIn("UTC");
        for (int day = 0; day < 28; day++) {
            for (int hour = 0; hour < 24; hour += 3) {
                calendar.meeting(FROM.plusDays(day), String.format("%02d:00", hour), String.format("%02d:30", hour));
            }
        }

        ZoneGuess guess = ZoneInference.infer(calendar.freeBusy(), BERLIN, List.of());

        assertThat(guess.source()).isEqualTo(TimeZoneSource.ASSUMED);
        assertThat(guess.words()).contains("fits no working day well");
    }
}
