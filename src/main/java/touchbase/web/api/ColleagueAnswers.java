package touchbase.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import touchbase.colleagues.ColleagueSaved;
import touchbase.colleagues.ImportReport;
import touchbase.colleagues.Removal;
import touchbase.domain.TouchBase;
import touchbase.upkeep.LastContact;
import touchbase.upkeep.Relationship;

/** Colleagues as the JSON API answers them (the configured mapper writes these records). */
public final class ColleagueAnswers {

    private ColleagueAnswers() {
    }

    /** One colleague; {@code timezone} is theirs, an IANA id. */
    record Colleague(String id, String email, String name, String timezone, String timeZoneSource, String cadence,
            String cadenceRule, int priority, boolean paused, String notes) {
        static Colleague of(touchbase.domain.Colleague c) {
            return new Colleague(c.id(), c.email(), c.displayName(), c.zone().getId(), c.timeZoneSource().wireName(),
                    c.cadence().describe(), c.cadence().toRRule(), c.priority(), c.paused(), c.notes());
        }
    }

    /**
     * The answer to an edit: the colleague as it stands, and {@code moved}, their occurrences that a new
     * zone or new working hours moved (or flagged when nothing was free), each with why.
     */
    record Edited(@JsonUnwrapped Standing standing, List<SeriesAnswers.Recheck.Item> moved) {
    }

    /** A colleague with how the relationship stands. */
    record Standing(@JsonUnwrapped Colleague colleague, ZonedDateTime lastTouchBase, ZonedDateTime nextTouchBase,
            ZonedDateTime lastContact, String lastContactKind, String lastContactTitle, boolean overdue,
            long overdueDays, String attention, String seriesId) {
        static Standing of(Relationship r) {
            Optional<LastContact> last = r.lastContact();
            return new Standing(Colleague.of(r.colleague()), r.lastHeld().orElse(null), r.next().orElse(null),
                    last.map(LastContact::at).orElse(null),
                    last.map(c -> wire(c.kind()).replace('_', '-')).orElse(null),
                    last.filter(c -> c.kind() == LastContact.Kind.MEETING)
                            .map(c -> c.title().orElse("a meeting")).orElse(null),
                    r.overdue(), r.overdueDays(), r.attention().orElse(null),
                    r.series().map(TouchBase::id).orElse(null));
        }
    }

    /** After "we just met": the skipped touch-base (its regular start) and the colleague's standing. */
    record JustMetAnswer(ZonedDateTime skipped, Standing colleague) {
    }

    /** A colleague after adding: {@code outcome} is {@code added} or {@code updated}. */
    public record Saved(@JsonUnwrapped Colleague colleague, String outcome, String timeZoneNote) {
        static Saved of(ColleagueSaved saved) {
            return new Saved(Colleague.of(saved.colleague()), wire(saved.outcome()), saved.zoneNote());
        }
    }

    /** What a CSV import did, line by line. */
    public record Imported(long added, long updated, long rejected, List<Line> lines) {
        record Line(int line, String email, String outcome, String message) {
        }

        static Imported of(ImportReport report) {
            return new Imported(report.count(ImportReport.Outcome.ADDED), report.count(ImportReport.Outcome.UPDATED),
                    report.count(ImportReport.Outcome.REJECTED), report.lines().stream()
                            .map(l -> new Line(l.lineNumber(), l.email(), wire(l.outcome()), l.message())).toList());
        }
    }

    /** The 409 answer to removing a colleague who still has series: confirm to cancel them. */
    public record RemovalUnconfirmed(String error, String field, List<String> series) {
        static RemovalUnconfirmed of(Removal removal) {
            return new RemovalUnconfirmed("this colleague has " + removal.series().size() + " touch-base series; "
                    + "repeat with ?confirm=true to cancel them (Google tells the colleague) and remove the colleague",
                    "confirm", removal.series().stream().map(TouchBase::id).toList());
        }
    }

    /** An enum constant as the API writes it: lower case. */
    public static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
