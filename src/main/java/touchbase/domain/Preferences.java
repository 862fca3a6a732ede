package touchbase.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Days and times of day someone would rather meet, as wall-clock times in their own zone. Empty
 * means no preference. The planner honours preferences only after avoiding clashes.
 */
public record Preferences(Set<DayOfWeek> days, List<TimeWindow> times) {

    public Preferences {
        Objects.requireNonNull(days, "days must not be null");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        times = List.copyOf(Objects.requireNonNull(times, "times must not be null"));
    }

    public static Preferences none() {
        return new Preferences(Set.of(), List.of());
    }

    /** Preferred days only, any time. */
    public static Preferences days(DayOfWeek... days) {
        return new Preferences(Set.of(days), List.of());
    }

    /** Preferred times of day only, any working day. */
    public static Preferences times(TimeWindow... times) {
        return new Preferences(Set.of(), List.of(times));
    }

    public static Preferences of(Set<DayOfWeek> days, TimeWindow... times) {
        return new Preferences(days, List.of(times));
    }

    public boolean isEmpty() {
        return days.isEmpty() && times.isEmpty();
    }

    /** How many of the stated preferences (day, time) a meeting at this day and time would miss: 0 to 2. */
    public int misses(DayOfWeek day, LocalTime start, LocalTime end) {
        int misses = 0;
        if (!days.isEmpty() && !days.contains(day)) {
            misses++;
        }
        if (!times.isEmpty() && times.stream().noneMatch(window -> window.contains(start, end))) {
            misses++;
        }
        return misses;
    }
}
