package touchbase.booking;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import touchbase.domain.TouchBase;

/**
 * Which series still stand for a colleague: the active ones (pending or booked), and a failed one
 * whose writes are still queued (it resumes once the person reconnects Google Calendar). A colleague
 * with a live series is not planned or booked again.
 */
public final class LiveSeries {

    private LiveSeries() {
    }

    public static boolean isLive(TouchBases touchBases, TouchBase series) {
        return series.isActive()
                || (series.status() == TouchBase.Status.FAILED && !touchBases.pendingWrites(series.accountId(), series.id()).isEmpty());
    }

    /** The same, given the ids of the account's series with pending writes (read once for all its series). */
    public static boolean isLive(TouchBase series, Set<String> withPendingWrites) {
        return series.isActive() || (series.status() == TouchBase.Status.FAILED && withPendingWrites.contains(series.id()));
    }

    /** The colleague's own live series (a group's series, which names its first member, aside). */
    public static Optional<TouchBase> of(TouchBases touchBases, String accountId, String colleagueId) {
        return touchBases.forColleague(accountId, colleagueId).stream()
                .filter(series -> !series.isGroup() && isLive(touchBases, series))
                .findFirst();
    }

    /** The group's live series, if any. */
    public static Optional<TouchBase> ofGroup(TouchBases touchBases, String accountId, String groupId) {
        return touchBases.forAccount(accountId).stream()
                .filter(series -> series.groupId().filter(groupId::equals).isPresent() && !series.isSingle()
                        && isLive(touchBases, series))
                .findFirst();
    }

    public static List<TouchBase> active(TouchBases touchBases, String accountId) {
        return touchBases.forAccount(accountId).stream().filter(TouchBase::isActive).toList();
    }
}
