package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The outward search of {@link NearestFreeStart#nearest} against its plain definition (every candidate
 * judged, the nearest free one not at the current start kept, the earliest on a tie) over random
 * candidates in time order, with repeated starts, a current start on or off a candidate, and any range;
 * trying only the possible candidates (the free ones and others) finds the same.
 */
class NearestFreeStartProperties {

    @Property(tries = 2000)
    void theOutwardSearchFindsWhatJudgingEveryCandidateFinds(@ForAll("gaps") List<Integer> gaps,
            @ForAll("flags") List<Boolean> free, @ForAll("flags") List<Boolean> extra,
            @ForAll @IntRange(min = -5, max = 400) int current,
            @ForAll @IntRange(max = 60) int from, @ForAll @IntRange(max = 60) int to) {
        long[] starts = new long[gaps.size()];
        long start = 0;
        for (int i = 0; i < starts.length; i++) {
            start += gaps.get(i);
            starts[i] = start;
        }
        int low = Math.min(from, starts.length);
        int high = Math.max(low, Math.min(to, starts.length));
        IntPredicate isFree = i -> free.get(i % free.size());
        int expected = plain(low, high, starts, isFree, current);
        assertThat(NearestFreeStart.nearest(low, high, i -> starts[i], isFree, current)).isEqualTo(expected);
        BitSet possible = new BitSet();
        for (int i = 0; i < starts.length + 5; i++) {
            possible.set(i, isFree.test(i) || extra.get(i % extra.size()));
        }
        assertThat(NearestFreeStart.nearest(low, high, i -> starts[i], isFree, current, possible)).isEqualTo(expected);
    }

    private static int plain(int from, int to, long[] starts, IntPredicate free, long current) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int candidate = from; candidate < to; candidate++) {
            if (starts[candidate] == current || !free.test(candidate)) {
                continue;
            }
            long distance = Math.abs(starts[candidate] - current);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(1, 15))).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Boolean>> flags() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)),
                Tuple.of(3, Arbitraries.just(false))).list().ofMinSize(1).ofMaxSize(60);
    }
}
