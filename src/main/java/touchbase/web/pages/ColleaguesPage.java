package touchbase.web.pages;

import java.util.List;
import java.util.Optional;
import touchbase.web.Shell;

/**
 * The colleagues: each with cadence, next and last touch-base ("overdue" only when one was due and
 * did not happen), edit, pause or resume and remove; the add form; the CSV upload with its report.
 */
public record ColleaguesPage(Shell shell, List<Row> rows, Form add, Optional<Imported> imported, Form csv,
        String myZone) {

    /**
     * One colleague. {@code series} describes their live series in words, if any; {@code zoneNote} says
     * when their zone was inferred or assumed rather than given, and asks to confirm it (empty when given).
     */
    public record Row(String id, String name, String email, String zone, String zoneNote, String cadence,
            String next, String last, boolean overdue, String attention, boolean paused, Optional<String> series) {
    }

    /** The CSV import's report: counts and one line per row of the file. */
    public record Imported(long added, long updated, long rejected, List<Line> lines) {
        public record Line(String outcome, String message) {
        }
    }
}
