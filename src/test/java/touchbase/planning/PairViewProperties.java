package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The group view's fast paths against the plain definitions they replace, cell by cell: the cells a
 * quorum of members can come to counted a word at a time ({@link PairView#atLeast}), a start being
 * free or enough worked out from what never changes while a plan is made plus the account's calendar
 * and the caps as they are now, the sets of such starts a search judges against, and the starts that
 * can be free or enough whatever is booked (all the nearest-start search tries).
 */
class PairViewProperties {

    @Property(tries = 300)
    void atLeastIsTheCellsSetInAtLeastTheQuorumOfTheSets(@ForAll("sets") @Size(min = 1, max = 12) List<BitSet> sets,
            @ForAll @IntRange(min = 1, max = 13) int quorum) {
        BitSet expected = new BitSet();
        for (int bit = 0; bit < 700; bit++) {
            int count = 0;
            for (BitSet set : sets) {
                count += set.get(bit) ? 1 : 0;
            }
            expected.set(bit, count >= quorum);
        }
        assertThat(PairView.atLeast(sets, quorum)).isEqualTo(expected);
    }

    @Property(tries = 60)
    void freeAndEnoughAreTheirDefinitionsBeforeAndAfterBookings(@ForAll("cells") List<BitSet> random,
            @ForAll @IntRange(min = 1, max = 4) int quorum, @ForAll @IntRange(min = 1, max = 3) int perDay) {
        Instant from = Instant.parse("2026-03-20T10:00:00Z");
        SlotGrid grid = new SlotGrid(ZoneId.of("Europe/Berlin"), from, from.plus(Duration.ofDays(21)),
                Duration.ofMinutes(15), Duration.ofMinutes(30));
        PlanningRules rules = PlanningRules.defaults().withCaps(perDay, 3 * perDay);
        BitSet accountHours = random.get(0);
        List<BitSet> memberHours = List.of(random.get(1), random.get(2), random.get(3), random.get(4));
        List<BusyCells> memberBusy = new ArrayList<>();
        BusyCells anyone = new BusyCells(grid, rules);
        for (int member = 0; member < 4; member++) {
            BusyCells busy = busy(grid, rules, random.get(5 + member));
            memberBusy.add(busy);
            anyone.addAll(busy);
        }
        BusyCells accountBusy = busy(grid, rules, random.get(9));
        CapCounter caps = new CapCounter(grid, rules);
        PairView view = PairView.ofGroup(grid, accountHours, memberHours, memberBusy, anyone, accountBusy, caps, quorum);
        for (int round = 0; round < 2; round++) {
            BitSet freeNow = view.freeNow(false);
            BitSet enoughNow = view.freeNow(true);
            for (int at = 0; at < grid.cells(); at++) {
                int cell = at;
                boolean account = grid.usable(cell) && accountHours.get(cell) && !accountBusy.clashes(cell)
                        && !caps.full(grid.dayOf(cell));
                boolean everyone = memberHours.stream().allMatch(hours -> hours.get(cell)) && !anyone.clashes(cell);
                int can = 0;
                for (int member = 0; member < 4; member++) {
                    can += memberHours.get(member).get(cell) && !memberBusy.get(member).clashes(cell) ? 1 : 0;
                }
                assertThat(view.free(cell)).as("free at %d", cell).isEqualTo(account && everyone);
                assertThat(view.enough(cell)).as("enough at %d", cell).isEqualTo(account && can >= quorum);
                assertThat(freeNow.get(cell)).as("free now at %d", cell).isEqualTo(view.free(cell));
                assertThat(enoughNow.get(cell)).as("enough now at %d", cell).isEqualTo(view.enough(cell));
            }
            BitSet impossibleFree = (BitSet) freeNow.clone();
            impossibleFree.andNot(view.possible(false));
            BitSet impossibleEnough = (BitSet) enoughNow.clone();
            impossibleEnough.andNot(view.possible(true));
            assertThat(impossibleFree.isEmpty()).as("free but not possible: %s", impossibleFree).isTrue();
            assertThat(impossibleEnough.isEmpty()).as("enough but not possible: %s", impossibleEnough).isTrue();
            for (int cell = random.get(10).nextSetBit(0); cell >= 0 && cell < grid.cells(); cell = random.get(10).nextSetBit(cell + 50)) {
                accountBusy.addTouchBase(grid.start(cell), grid.start(cell) + grid.durationSeconds);
                caps.add(grid.dayOf(cell));
            }
        }
    }

    private static BusyCells busy(SlotGrid grid, PlanningRules rules, BitSet starts) {
        BusyCells busy = new BusyCells(grid, rules);
        for (int cell = starts.nextSetBit(0); cell >= 0 && cell < grid.cells(); cell = starts.nextSetBit(cell + 1)) {
            if (cell % 7 == 0) {
                busy.add(grid.start(cell), grid.start(cell) + 900L * (1 + cell % 5));
            }
        }
        return busy;
    }

    @Provide
    Arbitrary<List<BitSet>> sets() {
        return bits(700, 0.5).list();
    }

    @Provide
    Arbitrary<List<BitSet>> cells() {
        return Arbitraries.oneOf(bits(21 * 96 + 200, 0.3), bits(21 * 96 + 200, 0.8)).list().ofSize(11);
    }

    private static Arbitrary<BitSet> bits(int size, double density) {
        return Arbitraries.randomValue(random -> {
            BitSet set = new BitSet();
            double chance = density * random.nextDouble();
            for (int bit = 0; bit < size; bit++) {
                set.set(bit, random.nextDouble() < chance);
            }
            return set;
        });
    }
}
