package touchbase.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import touchbase.domain.Cadence;

/**
 * Every way to pin a cadence to days on the grid. Weekly: one pattern per weekday. Every two
 * weeks: per weekday and week parity. Monthly kinds: per nth weekday (1st to 4th and last) and,
 * for every two months or quarterly, per which of the 2 or 3 months it starts in. A cadence that is
 * already pinned yields only its own day.
 */
final class OccurrenceExpander {

    private static final int[] NTHS = {1, 2, 3, 4, -1};

    private final SlotGrid grid;
    private final LocalDate firstDate;

    OccurrenceExpander(SlotGrid grid) {
        this.grid = grid;
        this.firstDate = Instant.ofEpochSecond(grid.earliest).atZone(grid.zone).toLocalDate();
    }

    List<DayPattern> patterns(Cadence cadence, Set<DayOfWeek> weekdays) {
        List<DayPattern> patterns = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (!weekdays.contains(weekday) || cadence.day().filter(day -> day != weekday).isPresent()) {
                continue;
            }
            for (int phase = 0; phase < cadence.kind().interval(); phase++) {
                if (cadence.kind().isMonthly()) {
                    for (int nth : NTHS) {
                        if (!cadence.isPinned() || cadence.nth() == nth) {
                            Cadence pinned = cadence.open().on(nth, weekday);
                            patterns.add(new DayPattern(pinned, monthlyDays(pinned, phase, cadence.kind().interval())));
                        }
                    }
                } else {
                    Cadence pinned = cadence.open().on(weekday);
                    patterns.add(new DayPattern(pinned, weeklyDays(weekday, phase, cadence.kind().interval())));
                }
            }
        }
        return patterns;
    }

    private int[] weeklyDays(DayOfWeek weekday, int phase, int interval) {
        List<Integer> days = new ArrayList<>();
        for (int day = weekday.getValue() - 1 + 7 * phase; day < grid.days; day += 7 * interval) {
            days.add(day);
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] monthlyDays(Cadence pinned, int phase, int interval) {
        List<Integer> days = new ArrayList<>();
        YearMonth first = YearMonth.from(firstDate);
        YearMonth last = YearMonth.from(grid.date(grid.days - 1));
        for (YearMonth month = first.plusMonths(phase); !month.isAfter(last); month = month.plusMonths(interval)) {
            LocalDate date = pinned.dayIn(month);
            int day = grid.dayOf(date);
            if (day >= 0) {
                days.add(day);
            }
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }
}
