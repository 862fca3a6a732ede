package touchbase.storage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import touchbase.domain.TimeWindow;

/**
 * Values stored as readable text: weekdays as RRULE codes ({@code MO,WE}), time windows as
 * {@code 09:00-12:00,14:00-16:00} (in their order), wall-clock times as {@code HH:MM}. Empty lists
 * are stored as NULL.
 */
final class TextColumns {

    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private TextColumns() {
    }

    static String days(Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(days).stream().map(day -> DAY_CODES.get(day.ordinal())).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            for (String code : text.split(",")) {
                int index = DAY_CODES.indexOf(code.strip());
                if (index < 0) {
                    throw new StorageException("stored weekday '" + code + "' is not one of " + DAY_CODES);
                }
                days.add(DayOfWeek.of(index + 1));
            }
        }
        return days;
    }

    static String windows(List<TimeWindow> windows) {
        if (windows.isEmpty()) {
            return null;
        }
        return windows.stream().map(w -> time(w.start()) + "-" + time(w.end())).collect(Collectors.joining(","));
    }

    static List<TimeWindow> windows(String text) {
        List<TimeWindow> windows = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String window : text.split(",")) {
                String[] ends = window.strip().split("-");
                windows.add(TimeWindow.of(ends[0], ends[1]));
            }
        }
        return windows;
    }

    /** A wall-clock time as {@code HH:MM}: working and preferred hours are kept to the minute. */
    static String time(LocalTime time) {
        return time.format(HOURS_MINUTES);
    }

    /** A zoned time rebuilt from its stored instant and zone id: the pair is lossless. */
    static ZonedDateTime zoned(String instant, String zone) {
        return Timestamps.instant(instant).atZone(ZoneId.of(zone));
    }
}
