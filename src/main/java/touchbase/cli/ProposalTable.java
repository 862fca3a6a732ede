package touchbase.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import touchbase.domain.Colleague;
import touchbase.planning.Plan;
import touchbase.planning.Proposal;
import touchbase.planning.OccurrenceStatus;
import touchbase.planning.ProposedOccurrence;
import touchbase.domain.TimeZoneSource;

/**
 * A plan as a plain-text table, one row per colleague, for the command line:
 * colleague (with a zone that was inferred or assumed, to confirm), first start, RRULE, score, counts
 * (free/moved/skipped/unknown) and the reason (which says when a time is stretched across zones).
 */
public final class ProposalTable {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm VV", Locale.ENGLISH);
    private static final List<String> HEADER = List.of("Colleague", "First start", "RRULE", "Score",
            "Free/Moved/Skipped/Unknown", "Reason");

    private ProposalTable() {
    }

    public static String render(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Proposal proposal : plan.proposals()) {
            rows.add(row(proposal));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                table.append(column == widths.length - 1 ? cell : pad(cell, widths[column]) + "  ");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static List<String> row(Proposal proposal) {
        String who = proposal.colleague().displayName() + " <" + proposal.colleague().email() + ">"
                + zoneSource(proposal.colleague());
        if (proposal instanceof Proposal.Placed placed) {
            String counts = placed.count(OccurrenceStatus.FREE) + "/" + placed.count(OccurrenceStatus.MOVED) + "/"
                    + placed.count(OccurrenceStatus.SKIPPED) + "/" + placed.count(OccurrenceStatus.UNKNOWN);
            return List.of(who, START.format(placed.firstStart()), placed.rrule(), Integer.toString(placed.score()),
                    counts, placed.reason());
        }
        return List.of(who, "-", "-", "-", "-", "cannot place: " + proposal.reason());
    }

    /** " (zone inferred, Asia/Tokyo)" for a zone nobody gave, to confirm; nothing for a given one. */
    private static String zoneSource(Colleague colleague) {
        return colleague.timeZoneSource() == TimeZoneSource.GIVEN ? ""
                : " (zone " + colleague.timeZoneSource().wireName() + ", " + colleague.zone().getId() + ")";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
