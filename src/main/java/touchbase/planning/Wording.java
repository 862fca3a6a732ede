package touchbase.planning;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import touchbase.domain.Cadence;

/** The one-line reasons a proposal gives, in plain words. */
final class Wording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Wording() {
    }

    /** A zone as a place: "Asia/Tokyo" is "Tokyo", "America/New_York" is "New York". */
    static String place(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return "UTC" + (zone.getId().equals("Z") ? "" : zone.getId());
        }
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    static String placed(Cadence cadence, ZonedDateTime firstStart, List<ProposedOccurrence> occurrences,
            String colleagueName, String unknownNote) {
        long free = count(occurrences, OccurrenceStatus.FREE) + count(occurrences, OccurrenceStatus.UNKNOWN);
        long moved = count(occurrences, OccurrenceStatus.MOVED);
        long skipped = count(occurrences, OccurrenceStatus.SKIPPED);
        StringBuilder line = new StringBuilder(cadence.describe()).append(" at ")
                .append(TIME.format(firstStart)).append(' ').append(firstStart.getZone().getId()).append(": ");
        if (free == occurrences.size()) {
            line.append("all ").append(count(free, "occurrence")).append(" free");
            line.append(unknownNote.isEmpty() ? " for both" : " on your calendar");
        } else {
            line.append(free).append(" of ").append(occurrences.size()).append(" at the regular time");
            if (moved > 0) {
                line.append(", ").append(moved).append(" moved");
            }
            if (skipped > 0) {
                line.append(", ").append(skipped).append(" skipped");
            }
        }
        if (!unknownNote.isEmpty()) {
            line.append("; ").append(unknownNote).append(", planned on your calendar alone");
        }
        return line.toString();
    }

    static String noCommonHours(ZoneId colleagueZone, ZoneId accountZone, long overlapMinutes, boolean weekdays,
            Duration duration) {
        String places = place(colleagueZone).equals(place(accountZone))
                ? "your and their working hours"
                : place(colleagueZone) + " and " + place(accountZone);
        String days = weekdays ? "on weekdays" : "on working days";
        if (overlapMinutes == 0) {
            return "no common working hours: " + places + " overlap 0 minutes " + days;
        }
        return "no common working hours long enough: " + places + " overlap at most " + overlapMinutes
                + " minutes a day " + days + ", less than the " + duration.toMinutes() + "-minute touch-base";
    }

    static String noFreeSlot(PlanningRules rules) {
        return "no free slot: every time in common working hours over the next " + horizon(rules)
                + " clashes with a meeting (with " + rules.bufferBefore().toMinutes() + "/"
                + rules.bufferAfter().toMinutes() + " minutes buffer) or the caps (" + rules.maxPerDay()
                + " a day, " + rules.maxPerWeek() + " a week)";
    }

    static String noOccurrence(Cadence cadence, PlanningRules rules) {
        return "no " + cadence.kind().words() + " occurrence falls between the minimum notice ("
                + notice(rules.minimumNotice()) + ") and the end of the horizon (" + horizon(rules) + ")";
    }

    /** "26 weeks", "3 months" or "1 year 2 months 3 days". */
    static String horizon(PlanningRules rules) {
        Period period = rules.horizon();
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
            return count(period.getDays() / 7, "week");
        }
        StringBuilder words = new StringBuilder();
        if (period.getYears() != 0) {
            words.append(count(period.getYears(), "year")).append(' ');
        }
        if (period.getMonths() != 0) {
            words.append(count(period.getMonths(), "month")).append(' ');
        }
        if (period.getDays() != 0) {
            words.append(count(period.getDays(), "day"));
        }
        return words.toString().strip();
    }

    private static String notice(Duration notice) {
        if (notice.toMinutes() % (24 * 60) == 0) {
            return count(notice.toDays(), "day");
        }
        return notice.toMinutes() % 60 == 0 ? count(notice.toHours(), "hour") : count(notice.toMinutes(), "minute");
    }

    /** "1 week", "26 weeks". */
    static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    private static long count(List<ProposedOccurrence> occurrences, OccurrenceStatus status) {
        return occurrences.stream().filter(o -> o.status() == status).count();
    }
}
