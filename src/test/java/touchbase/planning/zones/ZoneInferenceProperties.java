package touchbase.planning.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import touchbase.domain.FreeBusy;
import touchbase.domain.TimeZoneSource;

/** Zone inference on synthetic working calendars, in many zones, any four weeks of the year. */
class ZoneInferenceProperties {

    private static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Asia/Kolkata",
            "Asia/Tokyo", "Australia/Sydney", "America/Los_Angeles", "Asia/Kathmandu", "America/Sao_Paulo");

    @Property(tries = 80)
    void infersTheZoneAWorkingCalendarWasWrittenIn(@ForAll @IntRange(min = 0, max = 7) int zone,
            @ForAll @IntRange(min = 0, max = 7) int fallback, @ForAll @IntRange(min = 0, max = 360) int startDay,
            @ForAll @IntRange(min = 10, max = 15) int middleHour, @ForAll @IntRange(min = 2, max = 6) int weeks) {
        LocalDate from = LocalDate.parse("2026-01-01").plusDays(startDay);
        FreeBusy busy = SyntheticCalendar.workingIn(ZONES.get(zone))
                .weekdays(from, from.plusWeeks(weeks), middleHour).freeBusy();

        ZoneGuess guess = ZoneInference.infer(busy, ZoneId.of(ZONES.get(fallback)), List.of());

        assertThat(guess.zone()).isEqualTo(ZoneId.of(ZONES.get(zone)));
        assertThat(guess.source()).isEqualTo(TimeZoneSource.INFERRED);
        assertThat(guess.confidence()).isBetween(0.5, 1.0);
    }

    @Property(tries = 40)
    void anUnknownCalendarIsAlwaysTheFallbackAssumed(@ForAll @IntRange(min = 0, max = 7) int fallback) {
        ZoneId zone = ZoneId.of(ZONES.get(fallback));

        ZoneGuess guess = ZoneInference.infer(FreeBusy.unknown("x@other.org", "notFound"), zone, List.of());

        assertThat(guess.zone()).isEqualTo(zone);
        assertThat(guess.source()).isEqualTo(TimeZoneSource.ASSUMED);
    }
}
