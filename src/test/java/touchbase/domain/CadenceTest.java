package touchbase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {

    @Test
    void weeklyOnTuesdayRendersAsWeeklyRuleWithOneDay() {
        assertThat(Cadence.weekly().on(DayOfWeek.TUESDAY).toRRule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
    }

    @Test
    void everyTwoWeeksRendersWithIntervalTwo() {
        assertThat(Cadence.everyTwoWeeks().on(DayOfWeek.THURSDAY).toRRule())
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    }

    @Test
    void monthlyOnSecondTuesdayRendersTheOrdinalInByDay() {
        assertThat(Cadence.monthly().on(2, DayOfWeek.TUESDAY).toRRule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
    }

    @Test
    void monthlyOnTheLastFridayRendersMinusOne() {
        assertThat(Cadence.monthly().on(-1, DayOfWeek.FRIDAY).toRRule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
    }

    @Test
    void everyTwoMonthsAndQuarterlyAreMonthlyRulesWithIntervals() {
        assertThat(Cadence.everyTwoMonths().on(1, DayOfWeek.MONDAY).toRRule())
                .isEqualTo("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO");
        assertThat(Cadence.quarterly().on(3, DayOfWeek.WEDNESDAY).toRRule())
                .isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE");
    }

    @ParameterizedTest
    @CsvSource({
        "FREQ=WEEKLY;BYDAY=MO",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
        "FREQ=MONTHLY;BYDAY=4TH",
        "FREQ=MONTHLY;BYDAY=-1WE",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
        "FREQ=MONTHLY",
        "FREQ=WEEKLY"})
    void everyRuleItWritesReadsBackToTheSameCadence(String rule) {
        assertThat(Cadence.parseRRule(rule).toRRule()).isEqualTo(rule);
    }

    @Test
    void readsRulesWithPrefixAnyCaseAnyOrderAndSetPos() {
        assertThat(Cadence.parseRRule("RRULE:byday=TU;freq=monthly;BYSETPOS=-1"))
                .isEqualTo(Cadence.monthly().on(-1, DayOfWeek.TUESDAY));
        assertThat(Cadence.parseRRule("FREQ=WEEKLY;WKST=MO;INTERVAL=1;BYDAY=WE"))
                .isEqualTo(Cadence.weekly().on(DayOfWeek.WEDNESDAY));
    }

    @Test
    void aRuleItCannotReadFailsWithExamplesThatWould() {
        assertThatThrownBy(() -> Cadence.parseRRule("FREQ=DAILY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FREQ must be WEEKLY or MONTHLY, got DAILY")
                .hasMessageContaining("Rules that parse: FREQ=WEEKLY;BYDAY=TU");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FREQ=MONTHLY;BYDAY=5TU | the nth weekday must be 1 to 4 or -1",
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU | INTERVAL must be 1 or 2 for WEEKLY",
        "FREQ=WEEKLY;BYDAY=TU,TH | BYDAY must name one day",
        "FREQ=WEEKLY;BYDAY=XX | BYDAY must end in MO, TU",
        "FREQ=MONTHLY;BYDAY=TU | needs the nth weekday",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=10 | has no COUNT",
        "BYDAY=TU | FREQ is missing",
        "FREQ | is not NAME=VALUE"})
    void namesWhatIsWrongWithARule(String rule, String problem) {
        assertThatThrownBy(() -> Cadence.parseRRule(rule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem)
                .hasMessageContaining("Rules that parse:");
    }

    @ParameterizedTest
    @CsvSource({
        "weekly, WEEKLY",
        "Biweekly, EVERY_TWO_WEEKS",
        "fortnightly, EVERY_TWO_WEEKS",
        "every two weeks, EVERY_TWO_WEEKS",
        "MONTHLY, MONTHLY",
        "bimonthly, EVERY_TWO_MONTHS",
        "' quarterly ', QUARTERLY"})
    void readsShortWordsAsInACsvImport(String words, Cadence.Kind kind) {
        assertThat(Cadence.parse(words)).isEqualTo(Cadence.of(kind));
    }

    @Test
    void wordsItCannotReadFailWithTheWordsThatWould() {
        assertThatThrownBy(() -> Cadence.parse("daily"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the cadence 'daily'")
                .hasMessageContaining("weekly, biweekly");
    }

    @Test
    void parseAlsoAcceptsAnRRule() {
        assertThat(Cadence.parse("FREQ=MONTHLY;BYDAY=2TU")).isEqualTo(Cadence.monthly().on(2, DayOfWeek.TUESDAY));
    }

    @Test
    void describesAPinnedCadenceInWords() {
        assertThat(Cadence.monthly().on(-1, DayOfWeek.FRIDAY).describe()).isEqualTo("monthly on the last Friday");
        assertThat(Cadence.everyTwoWeeks().on(DayOfWeek.TUESDAY).describe()).isEqualTo("every two weeks on Tuesday");
    }

    @Test
    void rejectsAnOrdinalOnAWeeklyCadence() {
        assertThatThrownBy(() -> Cadence.weekly().on(2, DayOfWeek.TUESDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes a weekday only");
    }
}
