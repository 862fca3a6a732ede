package touchbase.web.pages;

import java.util.List;
import touchbase.web.Shell;

/**
 * The plan for colleagues without a series: per colleague the proposed slot in both people's local
 * times, how the occurrences over the horizon fare (free, moved, skipped, and why), two or three
 * alternatives, "Book" for each and "Book all"; and the invites still being written to Google.
 */
public record PlanPage(Shell shell, List<ProposalView> proposals, List<Writing> writing, String error,
        String horizon, String errorFor) {

    /** The page with an error at the top ({@code errorFor} empty) or next to one colleague's Book form. */
    public PlanPage {
        errorFor = errorFor == null ? "" : errorFor;
    }

    /** The error shown at the top of the page, when it belongs to no single proposal. */
    public String topError() {
        return errorFor.isEmpty() ? error : "";
    }

    /** The error shown next to the Book forms of this colleague. */
    public String errorOf(String colleagueId) {
        return errorFor.equals(colleagueId) ? error : "";
    }

    public boolean anyPlaced() {
        return proposals.stream().anyMatch(ProposalView::placed);
    }

    /** One colleague's proposal; when not placed only the reason. */
    public record ProposalView(String colleagueId, String name, String email, boolean placed, String reason,
            Slot slot, List<Slot> alternatives) {
    }

    /**
     * A slot to book: when, for both people, what happens to its occurrences, and what to post to book it;
     * {@code stretch} says in words how it lies outside working hours (empty when it does not), and then
     * it is booked only with the person's consent ({@code acceptStretch}).
     */
    public record Slot(String cadence, String mine, String theirs, long free, long moved, long skipped, long unknown,
            int total, List<String> notes, String start, String rrule, String stretch) {

        public boolean isStretch() {
            return !stretch.isEmpty();
        }

        public String summary() {
            StringBuilder text = new StringBuilder(free + " of " + total + " free");
            if (moved > 0) {
                text.append(", ").append(moved).append(" moved");
            }
            if (skipped > 0) {
                text.append(", ").append(skipped).append(" skipped");
            }
            if (unknown > 0) {
                text.append(", ").append(unknown).append(" not checked (calendar not shared)");
            }
            return text.toString();
        }
    }

    /** A series booked and still being written to Google Calendar. */
    public record Writing(String seriesId, String name, String when) {
    }
}
