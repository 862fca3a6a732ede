package touchbase.planning.roulette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The roulette pairs every member with every other once per round, and no one twice in a period. */
class CoffeeRouletteTest {

    private static List<String> people(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("m" + i);
        }
        return ids;
    }

    @Property
    void everyPairMeetsExactlyOnceBeforeAnyRepeats(@ForAll @IntRange(min = 2, max = 8) int count) {
        CoffeeRoulette roulette = new CoffeeRoulette(people(count), false);
        Set<Set<String>> met = new HashSet<>();
        for (int period = 0; period < roulette.periodsPerRound(); period++) {
            for (List<String> pair : roulette.meetings(period)) {
                assertThat(met.add(Set.copyOf(pair))).as("pair %s met twice in one round", pair).isTrue();
            }
        }
        assertThat(met).hasSize(count * (count - 1) / 2);
        assertThat(roulette.meetings(roulette.periodsPerRound())).isEqualTo(roulette.meetings(0));
    }

    @Property
    void nobodyIsInTwoMeetingsOfOnePeriodAndAtMostOneSitsOut(@ForAll @IntRange(min = 2, max = 8) int count,
            @ForAll @IntRange(min = 0, max = 30) int period) {
        List<List<String>> meetings = new CoffeeRoulette(people(count), false).meetings(period);
        List<String> seated = meetings.stream().flatMap(List::stream).toList();
        assertThat(seated).doesNotHaveDuplicates();
        assertThat(seated).hasSize(count - count % 2);
    }

    @Test
    void anOddGroupWithTriosSeatsEveryoneEveryPeriod() {
        CoffeeRoulette roulette = new CoffeeRoulette(people(5), true);
        for (int period = 0; period < roulette.periodsPerRound(); period++) {
            List<List<String>> meetings = roulette.meetings(period);
            assertThat(meetings.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(people(5));
            assertThat(meetings.get(meetings.size() - 1)).hasSize(3);
        }
    }
}
