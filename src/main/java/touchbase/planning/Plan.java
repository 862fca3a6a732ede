package touchbase.planning;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal for every colleague of a {@link PlanningRequest}, in planning order (higher priority
 * first, then by email and id), so the same request gives the same plan whatever order the
 * colleagues came in. Occurrences are judged from {@code earliest} (planning time plus minimum
 * notice) to {@code horizonEnd}, in the account's zone.
 */
public record Plan(ZonedDateTime earliest, ZonedDateTime horizonEnd, List<Proposal> proposals) {

    public Plan {
        Objects.requireNonNull(earliest, "earliest must not be null");
        Objects.requireNonNull(horizonEnd, "horizonEnd must not be null");
        proposals = List.copyOf(Objects.requireNonNull(proposals, "proposals must not be null"));
    }

    public Optional<Proposal> forColleague(String colleagueId) {
        return proposals.stream().filter(p -> p.colleague().id().equals(colleagueId)).findFirst();
    }
}
