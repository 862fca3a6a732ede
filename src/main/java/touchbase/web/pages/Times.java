package touchbase.web.pages;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the pages show them: always with the zone, in both people's local time. */
public final class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    public static final DateTimeFormatter TIME_ONLY = TIME;
    public static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** "Tue 8 Dec 2026, 10:00–10:30 London time". */
    public static String when(ZonedDateTime start, Duration duration, ZoneId zone) {
        ZonedDateTime at = start.withZoneSameInstant(zone);
        return DAY.format(at) + ", " + TIME.format(at) + "–" + TIME.format(at.plus(duration)) + " " + place(zone)
                + " time";
    }

    /** "10:00–10:30 London time". */
    public static String span(ZonedDateTime start, Duration duration, ZoneId zone) {
        ZonedDateTime at = start.withZoneSameInstant(zone);
        return TIME.format(at) + "–" + TIME.format(at.plus(duration)) + " " + place(zone) + " time";
    }

    /** "Tue 8 Dec 2026, 10:00 London time". */
    public static String moment(ZonedDateTime start, ZoneId zone) {
        ZonedDateTime at = start.withZoneSameInstant(zone);
        return DAY.format(at) + ", " + TIME.format(at) + " " + place(zone) + " time";
    }

    /** For the other person: "11:00 Berlin time", with the day when it differs ("Wed 9 Dec, 01:00 Tokyo time"). */
    public static String theirs(ZonedDateTime start, ZoneId mine, ZoneId theirs) {
        ZonedDateTime here = start.withZoneSameInstant(mine);
        ZonedDateTime there = start.withZoneSameInstant(theirs);
        String day = here.toLocalDate().equals(there.toLocalDate()) ? "" : SHORT_DAY.format(there) + ", ";
        return day + TIME.format(there) + " " + place(theirs) + " time";
    }

    /** The city of a zone id ("America/New_York" is "New York"), with the zone's short name. */
    public static String place(ZoneId zone) {
        String id = zone.getId();
        String city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
        return city;
    }

    /** A zone for people: its IANA id with spaces, "America/New York". */
    public static String zone(ZoneId zone) {
        return zone.getId().replace('_', ' ');
    }

    /**
     * How long ago, counted in the person's calendar days: "today", "yesterday", "5 days ago",
     * "3 weeks ago", "2 months ago", "1 year ago". A time still ahead reads "today".
     */
    public static String ago(ZonedDateTime then, java.time.Instant now, ZoneId zone) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(then.withZoneSameInstant(zone).toLocalDate(),
                now.atZone(zone).toLocalDate());
        if (days <= 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 14) {
            return days < 7 ? days + " days ago" : "1 week ago";
        }
        if (days < 60) {
            return days / 7 + " weeks ago";
        }
        return days < 365 ? days / 30 + " months ago" : plural(days / 365, "year") + " ago";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** "Tue 8 Dec". */
    public static String shortDay(ZonedDateTime start, ZoneId zone) {
        return SHORT_DAY.format(start.withZoneSameInstant(zone));
    }

    public static String day(ZonedDateTime start, ZoneId zone) {
        return DAY.format(start.withZoneSameInstant(zone));
    }

    /** A cadence sentence with a capital: "Every two weeks on Friday". */
    public static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
