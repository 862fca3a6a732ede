package touchbase.colleagues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import touchbase.domain.Interval;
import touchbase.domain.TimeZoneSource;
import touchbase.fakes.BookingWorld;

/** A colleague added without a zone gets one from their calendar, and says where it came from. */
class ColleagueBook_ZonesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final BookingWorld world = new BookingWorld();

    /** Kenji works 09:00-17:00 in Tokyo on the weekdays of the four weeks before the clock. */
    private void givenKenjiWorksInTokyo() {
        for (LocalDate date = LocalDate.parse("2026-01-05"); date.isBefore(LocalDate.parse("2026-02-02"));
                date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                meeting(date, "09:00", "10:00");
                meeting(date, "13:00", "14:00");
                meeting(date, "16:00", "17:00");
            }
        }
    }

    private void meeting(LocalDate date, String from, String to) {
        world.calendars.meeting("kenji@example.com", new Interval(
                ZonedDateTime.of(date, LocalTime.parse(from), TOKYO).toInstant(),
                ZonedDateTime.of(date, LocalTime.parse(to), TOKYO).toInstant()));
    }

    @Test
    void infersTheZoneOfAColleagueAddedWithoutOne() {
        givenKenjiWorksInTokyo();

        ColleagueSaved saved = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("kenji@example.com"));

        assertThat(saved.colleague().zone()).isEqualTo(TOKYO);
        assertThat(saved.colleague().timeZoneSource()).isEqualTo(TimeZoneSource.INFERRED);
        assertThat(saved.zoneNote()).startsWith("Asia/Tokyo, inferred from their calendar").endsWith("(sure)");
        assertThat(world.colleagues.find(BookingWorld.ACCOUNT, saved.colleague().id()).orElseThrow().timeZoneSource())
                .isEqualTo(TimeZoneSource.INFERRED);
    }

    @Test
    void assumesTheAccountsZoneWhenTheColleaguesCalendarIsUnknown() {
        world.calendars.unknown("ana@other.org", "notFound");

        ColleagueSaved saved = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("ana@other.org"));

        assertThat(saved.colleague().zone()).isEqualTo(BookingWorld.BERLIN);
        assertThat(saved.colleague().timeZoneSource()).isEqualTo(TimeZoneSource.ASSUMED);
        assertThat(saved.zoneNote()).isEqualTo("Europe/Berlin (your zone), assumed: their calendar is unknown (notFound)");
    }

    @Test
    void aZoneTypedInIsGivenAndNotInferred() {
        givenKenjiWorksInTokyo();

        ColleagueSaved saved = world.colleagueBook.add(BookingWorld.ACCOUNT,
                ColleagueInput.of("kenji@example.com").inZone("Europe/Lisbon"));

        assertThat(saved.colleague().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(saved.colleague().timeZoneSource()).isEqualTo(TimeZoneSource.GIVEN);
        assertThat(saved.zoneNote()).isEmpty();
        assertThat(world.calendars.busyQueries()).isZero();
    }

    @Test
    void settingTheZoneLaterMakesItGiven() {
        world.calendars.unknown("ana@other.org", "notFound");
        ColleagueSaved saved = world.colleagueBook.add(BookingWorld.ACCOUNT, ColleagueInput.of("ana@other.org"));

        var edited = world.colleagueBook.edit(BookingWorld.ACCOUNT, saved.colleague().id(),
                ColleagueEdit.none().withTimezone("Asia/Kolkata"));

        assertThat(edited.timeZoneSource()).isEqualTo(TimeZoneSource.GIVEN);
    }

    @Test
    void aCsvLineWithoutAZoneIsInferredAndSaysSo() {
        givenKenjiWorksInTokyo();

        ImportReport report = world.colleagueBook.importCsv(BookingWorld.ACCOUNT, "kenji@example.com,Kenji,,weekly\n");

        assertThat(report.lines().get(0).message())
                .startsWith("line 1: added Kenji (kenji@example.com) in Asia/Tokyo, inferred from their calendar");
        assertThat(world.colleagues.all(BookingWorld.ACCOUNT).get(0).timeZoneSource())
                .isEqualTo(TimeZoneSource.INFERRED);
    }
}
