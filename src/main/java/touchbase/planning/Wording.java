package touchbase.planning;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import touchbase.domain.Cadence;

/** The one-line reasons a proposal gives, in plain words. */
final class Wording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

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

    /**
     * Who a stretched time puts outside their hours and by how much, at the first touch-base, e.g.
     * "you 45 minutes after your day ends (until 18:15 New York time), Kenji 45 minutes before
     * their day starts (from 08:00 Tokyo time)".
     */
    static String stretch(ZonedDateTime start, Duration duration, int yours, int theirs, String colleagueName,
            ZoneId colleagueZone) {
        List<String> parts = new ArrayList<>();
        if (yours > 0) {
            parts.add(outside("you", "your", yours, start, duration));
        }
        if (theirs > 0) {
            parts.add(outside(colleagueName, "their", theirs, start.withZoneSameInstant(colleagueZone), duration));
        }
        return String.join(", ", parts);
    }

    private static String outside(String who, String whose, int minutes, ZonedDateTime start, Duration duration) {
        boolean early = start.getHour() < 12;
        String time = early ? "from " + TIME.format(start) : "until " + TIME.format(start.plus(duration));
        return who + " up to " + count(minutes, "minute") + (early ? " before " + whose + " day starts ("
                : " after " + whose + " day ends (") + time + " " + place(start.getZone()) + " time)";
    }

    /** When the first touch-base is, if it is not the first regular occurrence, e.g. "; first touch-base Tue 5 May 10:00". */
    static String firstTouchBase(List<ProposedOccurrence> occurrences, ProposedOccurrence first) {
        long before = occurrences.indexOf(first);
        if (before == 0 && first.status() != OccurrenceStatus.MOVED) {
            return "";
        }
        String line = "; first touch-base " + dayAndTime(first.start());
        return before == 0 ? line : line + " (the " + (before == 1 ? "occurrence" : before + " occurrences")
                + " before it cannot be held)";
    }

    /** "Tue 5 May 2026 10:00". */
    static String dayAndTime(ZonedDateTime when) {
        return DAY_AND_TIME.format(when);
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
