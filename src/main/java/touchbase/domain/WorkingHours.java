package touchbase.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When someone works: one or more {@link TimeWindow}s per weekday, as wall-clock times in their
 * zone. A weekday without windows is a day off. Times are read in {@link #zone()} on each date, so a
 * 09:00 start stays 09:00 across daylight-saving changes.
 */
public record WorkingHours(ZoneId zone, Map<DayOfWeek, List<TimeWindow>> days) {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final TimeWindow NINE_TO_FIVE = TimeWindow.of("09:00", "17:00");

    public WorkingHours {
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(days, "days must not be null");
        Map<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> {
            Objects.requireNonNull(day, "days must not have a null weekday");
            List<TimeWindow> list = List.copyOf(Objects.requireNonNull(windows, "days[" + day + "] must not be null"));
            if (!list.isEmpty()) {
                copy.put(day, list);
            }
        });
        days = Map.copyOf(copy);
    }

    /** Monday to Friday, 09:00 to 17:00, in the zone. */
    public static WorkingHours standard(ZoneId zone) {
        return weekdays(zone, NINE_TO_FIVE);
    }

    /** The same windows Monday to Friday. */
    public static WorkingHours weekdays(ZoneId zone, TimeWindow... windows) {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            days.put(day, List.of(windows));
        }
        return new WorkingHours(zone, days);
    }

    /** These hours with the given day's windows replaced (none makes it a day off). */
    public WorkingHours with(DayOfWeek day, TimeWindow... windows) {
        Map<DayOfWeek, List<TimeWindow>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(days);
        changed.put(day, List.of(windows));
        return new WorkingHours(zone, changed);
    }

    public List<TimeWindow> windowsOn(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public Set<DayOfWeek> workingDays() {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days.keySet());
    }

    /**
     * Whether {@code [start, end)} lies inside one window of one working day, read as wall-clock
     * time in this zone (each end with its own offset, so a span across a DST change is measured
     * on the clock).
     */
    public boolean contains(Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        return containsLocal(start.getEpochSecond() + rules.getOffset(start).getTotalSeconds(),
                end.getEpochSecond() + rules.getOffset(end).getTotalSeconds());
    }

    /**
     * {@link #contains} for a span already read as wall-clock time in this zone: {@code localStart}
     * and {@code localEnd} are local seconds from 1970-01-01T00:00 (epoch second plus that instant's
     * offset), for callers that know the offset without asking the zone rules.
     */
    public boolean containsLocal(long localStart, long localEnd) {
        long day = Math.floorDiv(localStart, SECONDS_PER_DAY);
        int from = (int) (localStart - day * SECONDS_PER_DAY);
        long to = localEnd - day * SECONDS_PER_DAY;
        if (to > SECONDS_PER_DAY) {
            return false;
        }
        DayOfWeek weekday = DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1);
        for (TimeWindow window : windowsOn(weekday)) {
            if (window.contains(from, (int) to)) {
                return true;
            }
        }
        return false;
    }

    /** Every window as text, e.g. "MONDAY 09:00-17:00", for messages. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.containsKey(day)) {
                lines.add(day + " " + days.get(day));
            }
        }
        return lines;
    }
}
