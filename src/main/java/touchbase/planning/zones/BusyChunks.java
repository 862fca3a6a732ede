package touchbase.planning.zones;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import touchbase.domain.Interval;

/**
 * Someone's busy time cut into quarter hours: overlapping intervals merged, blocks of ten hours or
 * more (holidays, out of office, all-day events) left out since they fit no working day. Each chunk
 * is kept as its midpoint (epoch second) and its length in minutes.
 */
final class BusyChunks {

    static final Duration LONGEST = Duration.ofHours(10);
    private static final long STEP = 15 * 60;

    final long[] midpoints;
    final int[] minutes;
    final long totalMinutes;
    final int days;

    private BusyChunks(List<long[]> chunks, int days) {
        this.midpoints = new long[chunks.size()];
        this.minutes = new int[chunks.size()];
        long total = 0;
        for (int i = 0; i < chunks.size(); i++) {
            midpoints[i] = chunks.get(i)[0];
            minutes[i] = (int) chunks.get(i)[1];
            total += minutes[i];
        }
        this.totalMinutes = total;
        this.days = days;
    }

    static BusyChunks of(List<Interval> busy) {
        List<long[]> chunks = new ArrayList<>();
        long lastDay = Long.MIN_VALUE;
        int days = 0;
        for (long[] span : merged(busy)) {
            for (long start = span[0]; start < span[1]; start += STEP) {
                long end = Math.min(span[1], start + STEP);
                chunks.add(new long[] {(start + end) / 2, (end - start) / 60});
            }
            long day = Math.floorDiv(span[0], 86_400L);
            if (day != lastDay) {
                days++;
                lastDay = day;
            }
        }
        return new BusyChunks(chunks, days);
    }

    /** Busy spans (epoch seconds) in time order, overlaps merged, the long ones left out. */
    private static List<long[]> merged(List<Interval> busy) {
        List<long[]> spans = new ArrayList<>();
        for (Interval interval : busy.stream().sorted().toList()) {
            long start = interval.start().getEpochSecond();
            long end = interval.end().getEpochSecond();
            long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                spans.add(new long[] {start, end});
            }
        }
        spans.removeIf(span -> span[1] - span[0] >= LONGEST.toSeconds());
        return spans;
    }
}
