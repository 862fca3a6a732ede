package touchbase.colleagues;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: who meets in each pair meeting of a group's coffee roulette. A meeting is stored before its
 * series (the touch-base held once that Google gets as a single event), so the outbox always finds
 * its members; a meeting whose series was never stored is not answered.
 */
public interface RoulettePairs {

    /** One pair meeting: its series, its group, the first day of its period and who meets (2 or 3). */
    record PairMeeting(String seriesId, String groupId, LocalDate periodStart, List<String> memberIds) {
        public PairMeeting {
            Objects.requireNonNull(seriesId, "seriesId must not be null");
            Objects.requireNonNull(groupId, "groupId must not be null");
            Objects.requireNonNull(periodStart, "periodStart must not be null");
            memberIds = List.copyOf(Objects.requireNonNull(memberIds, "memberIds must not be null"));
            if (memberIds.size() < 2) {
                throw new IllegalArgumentException("memberIds must name at least 2 members, got " + memberIds.size());
            }
        }
    }

    void save(String accountId, List<PairMeeting> meetings);

    /** The group's meetings whose series exist, by period then series id. */
    List<PairMeeting> ofGroup(String accountId, String groupId);

    Optional<PairMeeting> find(String accountId, String seriesId);
}
