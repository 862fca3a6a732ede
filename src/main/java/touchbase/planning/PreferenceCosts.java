package touchbase.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import touchbase.domain.Preferences;

/**
 * How many stated preferences a start misses: the colleague's (read in the colleague's zone) and
 * the account's (read in the account's zone). Colleague answers are remembered per cell.
 */
final class PreferenceCosts {

    private final SlotGrid grid;
    private final Preferences colleague;
    private final ZoneId colleagueZone;
    private final Preferences account;
    private final int[] colleagueMemo;

    PreferenceCosts(SlotGrid grid, Preferences colleague, ZoneId colleagueZone, Preferences account) {
        this.grid = grid;
        this.colleague = colleague;
        this.colleagueZone = colleagueZone;
        this.account = account;
        this.colleagueMemo = colleague.isEmpty() ? new int[0] : new int[grid.cells()];
        Arrays.fill(colleagueMemo, -1);
    }

    int colleagueMisses(int cell) {
        if (colleague.isEmpty()) {
            return 0;
        }
        if (colleagueMemo[cell] < 0) {
            ZonedDateTime start = grid.startInstant(cell).atZone(colleagueZone);
            ZonedDateTime end = start.plusSeconds(grid.durationSeconds);
            colleagueMemo[cell] = colleague.misses(start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime());
        }
        return colleagueMemo[cell];
    }

    int accountMisses(int cell) {
        if (account.isEmpty()) {
            return 0;
        }
        int day = grid.dayOf(cell);
        LocalTime start = grid.time(grid.slotOf(cell));
        LocalTime end = start.plusSeconds(grid.durationSeconds);
        return account.misses(DayOfWeek.of(day % 7 + 1), start, end);
    }
}
