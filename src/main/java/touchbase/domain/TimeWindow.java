package touchbase.domain;

import java.time.LocalTime;
import java.util.Objects;

/** A span of wall-clock time within one day, {@code [start, end)}, e.g. 09:00 to 17:00. */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start within one day, got start=" + start
                    + " end=" + end);
        }
    }

    /** A window from two {@code HH:mm} texts, e.g. {@code TimeWindow.of("09:00", "17:00")}. */
    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Whether {@code [from, to)} (seconds of the day, {@code to} may be 86400) lies inside this window. */
    public boolean contains(int fromSecond, int toSecond) {
        return fromSecond >= start.toSecondOfDay() && toSecond <= end.toSecondOfDay() && fromSecond < toSecond;
    }

    public boolean contains(LocalTime from, LocalTime to) {
        return contains(from.toSecondOfDay(), to.toSecondOfDay());
    }

    /** Minutes this window shares with another. */
    public long overlapMinutes(TimeWindow other) {
        int from = Math.max(start.toSecondOfDay(), other.start.toSecondOfDay());
        int to = Math.min(end.toSecondOfDay(), other.end.toSecondOfDay());
        return Math.max(0, to - from) / 60;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
