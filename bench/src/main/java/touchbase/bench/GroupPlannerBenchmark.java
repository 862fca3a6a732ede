package touchbase.bench;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;
import touchbase.planning.PlanningRequest;
import touchbase.planning.PlanningRules;
import touchbase.planning.Proposal;
import touchbase.planning.SlotPlanner;

/**
 * One group of 8 (team virtual coffee, every two weeks, quorum 7) in four European zones over a
 * 26-week horizon, every calendar with {@link #meetingsADay} meetings a working day (drawn as in
 * {@link PlannerBenchmark}), and the merge floor of the same nine calendars (the account's and the members').
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupPlannerBenchmark {

    static final int MEMBERS = 8;
    /**
     * Meetings a working day on every calendar: 10 as in the pair benchmark (then no time suits 7 of 8
     * people, and every occurrence is searched to the end of its period), or 4 (the group is placed).
     */
    @Param({"10", "4"})
    public int meetingsADay = 10;
    private static final String ME = "me@example.com";
    private static final ZoneId ACCOUNT_ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-02-02T08:00");
    private static final String[] ZONES = {"Europe/Berlin", "Europe/London", "Europe/Paris", "Europe/Helsinki"};

    private SlotPlanner planner;
    private PlanningRequest request;
    private Colleague party;
    private List<Colleague> members;
    private Map<String, FreeBusy> freeBusy;

    @Setup(Level.Trial)
    public void calendars() {
        Random random = new Random(42);
        planner = new SlotPlanner(Clock.fixed(NOW.atZone(ACCOUNT_ZONE).toInstant(), ACCOUNT_ZONE));
        members = new ArrayList<>();
        freeBusy = new HashMap<>();
        freeBusy.put(ME, FreeBusy.known(ME, PlannerBenchmark.meetings(random, ACCOUNT_ZONE, meetingsADay)));
        for (int i = 0; i < MEMBERS; i++) {
            ZoneId zone = ZoneId.of(ZONES[i % ZONES.length]);
            Colleague member = Colleague.of("m" + i, "member" + i + "@example.com", "Member " + i, zone,
                    Cadence.everyTwoWeeks());
            members.add(member);
            freeBusy.put(member.email(), FreeBusy.known(member.email(), PlannerBenchmark.meetings(random, zone, meetingsADay)));
        }
        party = Colleague.of("group", members.get(0).email(), "Coffee", ACCOUNT_ZONE, Cadence.everyTwoWeeks());
        request = new PlanningRequest(ME, WorkingHours.standard(ACCOUNT_ZONE), Preferences.none(),
                PlanningRules.defaults().withCaps(8, 40), List.of(), List.of());
    }

    @Benchmark
    public Proposal planGroup() {
        return planner.planGroup(request, party, members, MEMBERS - 1, freeBusy);
    }

    /** The floor: the nine calendars' busy intervals read, sorted by start and merged. */
    @Benchmark
    public int mergeFloor() {
        return PlannerBenchmark.merge(freeBusy.values());
    }
}
