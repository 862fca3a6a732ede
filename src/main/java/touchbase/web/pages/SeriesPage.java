package touchbase.web.pages;

import java.util.List;
import java.util.Optional;
import touchbase.web.Shell;

/**
 * Every live series with its coming occurrences (moved and skipped marked) and what one can do:
 * skip one, reschedule "this and following", change the cadence (in words), cancel, download .ics.
 * A refused change is shown next to its field in the series it was for ({@code formFor}).
 */
public record SeriesPage(Shell shell, List<SeriesView> series, String formFor, Form form) {

    public Form formOf(String seriesId) {
        return seriesId.equals(formFor) ? form : Form.empty();
    }

    public record SeriesView(String id, String name, String email, String rule, String mine, String theirs,
            String status, String statusClass, Optional<String> meet, List<OccurrenceView> occurrences,
            String rescheduleValue, String cadence, Optional<String> icsHref) {
    }

    /** One occurrence; {@code kind} is "", "moved" or "skipped". */
    public record OccurrenceView(String day, String mine, String theirs, String kind, String note, String date,
            boolean skippable) {
    }
}
