package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import touchbase.domain.FreeBusy;
import touchbase.fakes.MutableClock;
import touchbase.domain.Interval;
import touchbase.planning.BusyTimes;

class FreshFreeBusyTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Interval HORIZON = new Interval(NOW, NOW.plus(Duration.ofDays(182)));

    private final MutableClock clock = new MutableClock(NOW);
    private final FreshFreeBusy fresh = new FreshFreeBusy(clock);
    private final List<Set<String>> asked = new ArrayList<>();
    private final BusyTimes google = (ids, period) -> {
        asked.add(ids);
        Map<String, FreeBusy> answer = new LinkedHashMap<>();
        ids.forEach(id -> answer.put(id, FreeBusy.known(id, List.of())));
        return answer;
    };

    @Test
    void bookingOneColleagueRightAfterThePlanReadsNothingAgain() {
        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test", "ana@x.test", "bo@x.test"), HORIZON);
        clock.advance(Duration.ofSeconds(90));

        Map<String, FreeBusy> answer = fresh.of("acc", () -> google)
                .busyTimes(Set.of("me@x.test", "ana@x.test"), shifted(Duration.ofSeconds(90)));

        assertThat(asked).hasSize(1);
        assertThat(answer).containsOnlyKeys("me@x.test", "ana@x.test");
    }

    @Test
    void aPeriodChosenMillisecondsBeforeTheReadStillServesTheBookingThatFollows() {
        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test", "ana@x.test"), HORIZON);
        clock.advance(Duration.ofSeconds(1));

        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test", "ana@x.test"),
                shifted(Duration.ofSeconds(1).plusMillis(3)));

        assertThat(asked).hasSize(1);
    }

    @Test
    void anAnswerTwoMinutesOldAnotherCalendarOrAnotherAccountIsReadAgain() {
        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test", "ana@x.test"), HORIZON);
        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test", "cy@x.test"), HORIZON);
        fresh.of("other", () -> google).busyTimes(Set.of("me@x.test"), HORIZON);
        clock.advance(FreshFreeBusy.FRESH);
        fresh.of("acc", () -> google).busyTimes(Set.of("me@x.test"), shifted(FreshFreeBusy.FRESH));

        assertThat(asked).hasSize(4);
    }

    private static Interval shifted(Duration by) {
        return new Interval(HORIZON.start().plus(by), HORIZON.end().plus(by));
    }
}
