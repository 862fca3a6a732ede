package touchbase.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.upkeep.Relationship;

/** The dashboard's "too thin" meter: what the colleagues' cadences add up to a week, against the weekly cap. */
class TooThinMeterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void warnsWhenTheCadencesAddUpToMoreThanTheWeeklyCap() {
        AccountSettings settings = AccountSettings.defaults(LONDON);
        List<Relationship> twelveWeekly = IntStream.range(0, 12).mapToObj(i -> person("p" + i, Cadence.weekly()))
                .toList();

        DashboardPage.Meter meter = DashboardPages.meter(List.of(), twelveWeekly, settings, NOW);

        assertThat(meter.average()).isEqualTo(12.0);
        assertThat(meter.cap()).isEqualTo(settings.maxPerWeek());
        assertThat(meter.overCap()).isTrue();
        assertThat(meter.summary()).contains("12.0 touch-bases a week").contains("more than your cap");
        assertThat(meter.bars()).hasSize(DashboardPages.METER_WEEKS);
        assertThat(meter.averageY()).isLessThan(meter.capY());
    }

    @Test
    void fitsWhenTheyAddUpToLessAndPausedColleaguesDoNotCount() {
        List<Relationship> people = List.of(person("a", Cadence.everyTwoWeeks()), person("b", Cadence.monthly()),
                new Relationship(colleague("c", Cadence.weekly()).withPaused(true), Optional.empty(), Optional.empty(),
                        "weekly", false, Optional.empty(), Optional.empty()));

        DashboardPage.Meter meter = DashboardPages.meter(List.of(), people, AccountSettings.defaults(LONDON), NOW);

        assertThat(meter.average()).isCloseTo(0.5 + 12.0 / 52, org.assertj.core.data.Offset.offset(0.001));
        assertThat(meter.overCap()).isFalse();
        assertThat(meter.summary()).endsWith("That fits.");
    }

    private static Relationship person(String id, Cadence cadence) {
        return new Relationship(colleague(id, cadence), Optional.empty(), Optional.empty(), cadence.describe(), false,
                Optional.empty(), Optional.empty());
    }

    private static Colleague colleague(String id, Cadence cadence) {
        return Colleague.of(id, id + "@example.com", id, LONDON, cadence);
    }
}
