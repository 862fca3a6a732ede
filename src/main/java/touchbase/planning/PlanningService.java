package touchbase.planning;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import touchbase.domain.Colleague;

/**
 * Plans with free/busy fetched through the {@link BusyTimes} port: asks once for the account's and
 * every active colleague's calendar over {@link SlotPlanner#freeBusyPeriod}, then plans.
 */
public final class PlanningService {

    private final BusyTimes busyTimes;
    private final SlotPlanner planner;

    public PlanningService(BusyTimes busyTimes, Clock clock) {
        this.busyTimes = Objects.requireNonNull(busyTimes, "busyTimes must not be null");
        this.planner = new SlotPlanner(clock);
    }

    /** {@link SlotPlanner#planGroup} with the free/busy of the account and every member. */
    public Proposal planGroup(PlanningRequest request, Colleague party, List<Colleague> members, int quorum) {
        Set<String> calendars = new TreeSet<>();
        calendars.add(request.accountCalendarId());
        members.forEach(member -> calendars.add(member.email()));
        return planner.planGroup(request, party, members, quorum,
                busyTimes.busyTimes(calendars, planner.freeBusyPeriod(request)));
    }

    public Plan plan(PlanningRequest request) {
        Set<String> calendars = new TreeSet<>();
        calendars.add(request.accountCalendarId());
        for (Colleague colleague : request.colleagues()) {
            if (!colleague.paused()) {
                calendars.add(colleague.email());
            }
        }
        return planner.plan(request, busyTimes.busyTimes(calendars, planner.freeBusyPeriod(request)));
    }
}
