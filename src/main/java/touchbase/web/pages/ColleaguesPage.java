package touchbase.web.pages;

import java.util.List;
import java.util.Optional;
import touchbase.web.Shell;

/**
 * The colleagues, most overdue first: each with cadence, next touch-base and last contact ("overdue"
 * only when contact was due and did not happen), "we just met", edit, pause or resume and remove; the
 * add form; the CSV upload with its report.
 */
public record ColleaguesPage(Shell shell, List<Row> rows, Form add, Optional<Imported> imported, Form csv,
        String myZone) {

    /**
     * One colleague. {@code series} describes their live series in words, if any; {@code skippable} is
     * the day of the next touch-base that "we just met" would skip ("Tue 8 Dec"), if one is booked.
     */
    public record Row(String id, String name, String email, String zone, String cadence, String next,
            Optional<Contact> last, boolean overdue, String attention, boolean paused, Optional<String> series,
            Optional<String> skippable) {
    }

    /**
     * The last contact as shown: the day in the person's zone, how long ago ("3 weeks ago") and its kind
     * ("touch-base", "other meeting", with the meeting's title only when the person chose to see titles).
     */
    public record Contact(String day, String ago, String kind) {
    }

    /** The CSV import's report: counts and one line per row of the file. */
    public record Imported(long added, long updated, long rejected, List<Line> lines) {
        public record Line(String outcome, String message) {
        }
    }
}
