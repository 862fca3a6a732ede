package touchbase.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

/**
 * The planning engine: for each colleague, a recurring touch-base both people can keep.
 *
 * <p>Colleagues are planned one after another in {@link #planningOrder()} (not the order given), and
 * each placed touch-base counts against the next ones' caps, load and the account's busy time, so
 * the plan never depends on the order colleagues were added. For each colleague every candidate
 * slot (pattern of days times a time of day on the grid, within the account's working hours) is
 * judged by all its occurrences over the horizon; see {@code SlotSearch} for the ranking. Occurrences
 * of the chosen slot that still clash are moved within their week or month, or skipped.
 *
 * <p>Free/busy comes in as data: call {@link #freeBusyPeriod} to learn what to ask for. A calendar
 * missing from the map counts as unknown. Pure: no I/O, time only from the clock.
 */
public final class SlotPlanner {

    private static final Comparator<Colleague> PLANNING_ORDER = Comparator
            .comparingInt(Colleague::priority).reversed()
            .thenComparing(colleague -> colleague.email().toLowerCase(Locale.ROOT))
            .thenComparing(Colleague::email)
            .thenComparing(Colleague::id)
            .thenComparing(Colleague::toString);

    private final Clock clock;

    public SlotPlanner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Higher priority first, then by email (ignoring case), then id. */
    public static Comparator<Colleague> planningOrder() {
        return PLANNING_ORDER;
    }

    /** The period whose free/busy the plan needs: the horizon widened by the buffers. */
    public Interval freeBusyPeriod(PlanningRequest request) {
        PlanningRules rules = request.rules();
        Instant start = earliest(request).minus(rules.bufferBefore());
        Instant end = horizonEnd(request).plus(rules.bufferAfter());
        return end.isAfter(start) ? new Interval(start, end) : new Interval(start, start.plus(rules.duration()));
    }

    /** A proposal for every colleague, in planning order. */
    public Plan plan(PlanningRequest request, Map<String, FreeBusy> freeBusy) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(freeBusy, "freeBusy must not be null");
        Instant earliest = earliest(request);
        Instant horizonEnd = horizonEnd(request);
        PlanningRun run = new PlanningRun(request, freeBusy, earliest, horizonEnd);
        var zone = request.accountHours().zone();
        return new Plan(earliest.atZone(zone), horizonEnd.atZone(zone), run.run());
    }

    /**
     * One recurring slot that suits the account and every member of a group on every occurrence over
     * the horizon (each member's working hours in their own zone, everyone's free/busy, the account's
     * caps, where the group's touch-base counts once). {@code party} stands for the group in the
     * answer (its id, name, cadence and zone); an occurrence no start of its period suits everyone
     * stays or moves where at least {@code quorum} members can come, or is skipped. The request's
     * colleagues are not planned.
     */
    public Proposal planGroup(PlanningRequest request, Colleague party, List<Colleague> members, int quorum,
            Map<String, FreeBusy> freeBusy) {
        Objects.requireNonNull(party, "party must not be null");
        if (members.isEmpty() || quorum < 1 || quorum > members.size()) {
            throw new IllegalArgumentException("quorum must be 1 to " + members.size() + ", got " + quorum);
        }
        return new PlanningRun(request, freeBusy, earliest(request), horizonEnd(request))
                .planGroup(party, List.copyOf(members), quorum);
    }

    private Instant earliest(PlanningRequest request) {
        return clock.instant().plus(request.rules().minimumNotice());
    }

    private Instant horizonEnd(PlanningRequest request) {
        return clock.instant().atZone(request.accountHours().zone()).plus(request.rules().horizon()).toInstant();
    }
}
