package touchbase.planning;

import java.util.Map;
import java.util.Set;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

/**
 * Port: where the planner learns when people are busy. The Google adapter implements it with
 * {@code freeBusy} queries; tests implement it with fixed calendars.
 */
public interface BusyTimes {

    /**
     * Free/busy of each calendar (an email address) over the period. Every requested id is in the
     * answer, as known busy intervals or as unknown with a reason.
     */
    Map<String, FreeBusy> busyTimes(Set<String> calendarIds, Interval period);
}
