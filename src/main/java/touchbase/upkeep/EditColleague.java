package touchbase.upkeep;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.colleagues.ColleagueBook;
import touchbase.colleagues.ColleagueEdit;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Colleague;

/**
 * Edits a colleague and, when their zone or working hours changed, re-plans their upcoming
 * occurrences through the recheck ({@link Recheck#afterHoursChanged}), answering what moved.
 */
public final class EditColleague {

    private static final Logger LOG = LoggerFactory.getLogger(EditColleague.class);

    private final ColleagueBook book;
    private final Recheck recheck;

    public EditColleague(ColleagueBook book, Recheck recheck) {
        this.book = Objects.requireNonNull(book, "book must not be null");
        this.recheck = Objects.requireNonNull(recheck, "recheck must not be null");
    }

    /** The colleague as saved, and the occurrences of theirs that moved (or were flagged) to fit new hours. */
    public record Edited(Colleague colleague, List<RecheckReport.Item> moved) {
        public Edited {
            Objects.requireNonNull(colleague, "colleague must not be null");
            moved = List.copyOf(moved);
        }
    }

    /**
     * Saves the edit (see {@link ColleagueBook#edit}). A re-plan that Google cannot serve now leaves the
     * edit saved and nothing moved; the next edit or a recheck from the series page tries again.
     */
    public Edited edit(String accountId, String colleagueId, ColleagueEdit edit) {
        Colleague before = book.find(accountId, colleagueId);
        Colleague after = book.edit(accountId, colleagueId, edit);
        if (before.zone().equals(after.zone()) && before.hours().equals(after.hours())) {
            return new Edited(after, List.of());
        }
        try {
            return new Edited(after, recheck.afterHoursChanged(accountId, colleagueId).items().stream()
                    .filter(item -> item.colleagueId().equals(colleagueId)).toList());
        } catch (CalendarProblem problem) {
            LOG.warn("could not re-plan after {}'s new hours: {}", colleagueId, problem.getMessage());
            return new Edited(after, List.of());
        }
    }
}
