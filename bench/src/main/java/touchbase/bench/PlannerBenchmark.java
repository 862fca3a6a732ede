package touchbase.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import touchbase.domain.Interval;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;
import touchbase.planning.Plan;
import touchbase.planning.PlanningRequest;
import touchbase.planning.PlanningRules;
import touchbase.planning.SlotPlanner;

/**
 * Planning N colleagues against calendars of 10 meetings a working day over a 26-week horizon,
 * and the floor on the same data: only reading, sorting and merging every calendar's busy intervals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {

    private static final String ME = "me@example.com";
    private static final ZoneId ACCOUNT_ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-02-02T08:00");
    private static final String[] ZONES = {"Europe/Berlin", "Europe/Berlin", "Europe/Berlin", "Europe/Berlin",
        "Europe/Berlin", "Europe/London", "Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Kolkata"};
    private static final Cadence[] CADENCES = {Cadence.weekly(), Cadence.everyTwoWeeks(), Cadence.everyTwoWeeks(),
        Cadence.monthly(), Cadence.monthly(), Cadence.monthly(), Cadence.monthly(), Cadence.everyTwoMonths(),
        Cadence.quarterly(), Cadence.weekly()};

    @Param({"20", "200", "2000"})
    public int colleagues;

    private SlotPlanner planner;
    private PlanningRequest request;
    private Map<String, FreeBusy> freeBusy;

    @Setup(Level.Trial)
    public void calendars() {
        Random random = new Random(42);
        planner = new SlotPlanner(Clock.fixed(NOW.atZone(ACCOUNT_ZONE).toInstant(), ACCOUNT_ZONE));
        List<Colleague> people = new ArrayList<>();
        freeBusy = new HashMap<>();
        freeBusy.put(ME, FreeBusy.known(ME, meetings(random, ACCOUNT_ZONE)));
        for (int i = 0; i < colleagues; i++) {
            ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
            Colleague colleague = Colleague.of("c" + i, "person" + i + "@example.com", "Person " + i, zone,
                    CADENCES[random.nextInt(CADENCES.length)]);
            people.add(colleague);
            freeBusy.put(colleague.email(), FreeBusy.known(colleague.email(), meetings(random, zone)));
        }
        request = new PlanningRequest(ME, WorkingHours.standard(ACCOUNT_ZONE), Preferences.none(),
                PlanningRules.defaults().withCaps(8, 40), people, List.of());
    }

    /** Ten meetings each working day for 27 weeks, starting between 08:00 and 18:00 local time, 15 to 60 minutes. */
    static List<Interval> meetings(Random random, ZoneId zone) {
        return meetings(random, zone, 10);
    }

    /** {@code perDay} meetings each working day for 27 weeks, as above. */
    static List<Interval> meetings(Random random, ZoneId zone, int perDay) {
        List<Interval> busy = new ArrayList<>();
        LocalDate first = NOW.toLocalDate();
        for (int day = 0; day < 27 * 7; day++) {
            LocalDate date = first.plusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int meeting = 0; meeting < perDay; meeting++) {
                Instant start = date.atTime(8, 0).plusMinutes(5L * random.nextInt(120)).atZone(zone).toInstant();
                busy.add(Interval.of(start, Duration.ofMinutes(15L * (1 + random.nextInt(4)))));
            }
        }
        return busy;
    }

    @Benchmark
    public Plan plan() {
        return planner.plan(request, freeBusy);
    }

    /** The floor: every calendar's busy intervals read, sorted by start and merged. */
    @Benchmark
    public int mergeFloor() {
        return merge(freeBusy.values());
    }

    /** Reads, sorts by start and merges each calendar's busy intervals; the number of merged blocks. */
    static int merge(Iterable<FreeBusy> calendars) {
        int merged = 0;
        for (FreeBusy calendar : calendars) {
            Interval[] busy = calendar.busy().toArray(new Interval[0]);
            Arrays.sort(busy);
            Instant end = Instant.MIN;
            for (Interval interval : busy) {
                if (interval.start().isAfter(end)) {
                    merged++;
                    end = interval.end();
                } else if (interval.end().isAfter(end)) {
                    end = interval.end();
                }
            }
        }
        return merged;
    }
}
