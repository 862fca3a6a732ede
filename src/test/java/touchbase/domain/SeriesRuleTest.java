package touchbase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SeriesRuleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ZonedDateTime berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN);
    }

    @Test
    void weeklyStartsKeepTheWallClockTimeAcrossDaylightSaving() {
        ZonedDateTime first = berlin("2026-03-24T10:00");
        SeriesRule rule = SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", first);

        assertThat(rule.starts(first, first.toInstant(), berlin("2026-04-08T00:00").toInstant()))
                .containsExactly(berlin("2026-03-24T10:00"), berlin("2026-03-31T10:00"), berlin("2026-04-07T10:00"));
    }

    @Test
    void everyTwoWeeksSkipsTheWeeksBetween() {
        ZonedDateTime first = berlin("2026-02-03T10:00");
        SeriesRule rule = SeriesRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", first);

        assertThat(rule.starts(first, berlin("2026-02-10T00:00").toInstant(), berlin("2026-03-04T00:00").toInstant()))
                .containsExactly(berlin("2026-02-17T10:00"), berlin("2026-03-03T10:00"));
    }

    @Test
    void monthlyOnTheLastFridayAndQuarterly() {
        ZonedDateTime lastFriday = berlin("2026-01-30T15:00");
        SeriesRule monthly = SeriesRule.parse("FREQ=MONTHLY;BYDAY=-1FR", lastFriday);
        ZonedDateTime secondTuesday = berlin("2026-01-13T09:00");
        SeriesRule quarterly = SeriesRule.parse("FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU", secondTuesday);

        assertThat(monthly.starts(lastFriday, lastFriday.toInstant(), berlin("2026-04-01T00:00").toInstant()))
                .containsExactly(berlin("2026-01-30T15:00"), berlin("2026-02-27T15:00"), berlin("2026-03-27T15:00"));
        assertThat(quarterly.starts(secondTuesday, secondTuesday.toInstant(), berlin("2026-12-31T00:00").toInstant()))
                .containsExactly(berlin("2026-01-13T09:00"), berlin("2026-04-14T09:00"), berlin("2026-07-14T09:00"),
                        berlin("2026-10-13T09:00"));
    }

    @Test
    void untilEndsTheSeriesAndRoundTrips() {
        ZonedDateTime first = berlin("2026-02-03T10:00");
        SeriesRule ended = SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", first).endingBefore(berlin("2026-02-17T10:00").toInstant());

        assertThat(ended.toRRule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260217T085959Z");
        assertThat(SeriesRule.parse(ended.toRRule(), first)).isEqualTo(ended);
        assertThat(ended.starts(first, first.toInstant(), berlin("2026-03-31T00:00").toInstant()))
                .containsExactly(berlin("2026-02-03T10:00"), berlin("2026-02-10T10:00"));
    }

    @Test
    void anOpenCadenceIsPinnedToTheFirstStartsDay() {
        ZonedDateTime fifthFriday = berlin("2026-01-30T15:00");

        assertThat(SeriesRule.parse("FREQ=MONTHLY", fifthFriday).cadence().toRRule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
        assertThat(SeriesRule.parse("FREQ=WEEKLY", fifthFriday).cadence().toRRule()).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
    }

    @Test
    void aSeriesRuleMayEndButHasNoCountAndSaysWhatWouldParse() {
        ZonedDateTime first = berlin("2026-02-03T10:00");

        assertThatThrownBy(() -> SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU;COUNT=5", first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no COUNT")
                .hasMessageContaining("Rules that parse: FREQ=WEEKLY;BYDAY=TU");
        assertThatThrownBy(() -> SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU;UNTIL=soon", first))
                .hasMessageContaining("UNTIL must look like 20261208T085959Z, got SOON");
    }

    @Test
    void aCadenceAloneHasNoUntil() {
        assertThatThrownBy(() -> Cadence.parseRRule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T085959Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no UNTIL");
    }

    @Test
    void aTouchBaseGivesItsRuleAsBareRRuleText() {
        ZonedDateTime first = berlin("2026-02-03T10:00");
        SeriesRule rule = SeriesRule.of(Cadence.everyTwoWeeks(), first.toLocalDate());

        TouchBase series = TouchBase.pending("s-1", "acc-1", "c-1", rule, first, java.time.Duration.ofMinutes(30), false,
                first.toInstant());

        assertThat(series.rule().cadence()).isEqualTo(Cadence.everyTwoWeeks().on(java.time.DayOfWeek.TUESDAY));
        assertThat(series.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    }

    @Test
    void aRuleHeldOnceHasItsStartAsUntilAndExpandsToThatStartAlone() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0,
                ZoneId.of("Europe/London"));

        SeriesRule once = SeriesRule.once(Cadence.weekly(), start);

        assertThat(once.toRRule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260310T090000Z");
        assertThat(once.holdsOnly(start)).isTrue();
        assertThat(once.starts(start, start.minusWeeks(1).toInstant(), start.plusWeeks(8).toInstant()))
                .containsExactly(start);
        assertThat(SeriesRule.of(Cadence.weekly(), start.toLocalDate()).holdsOnly(start)).isFalse();
    }
}
