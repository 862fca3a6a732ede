package touchbase.planning;

/** Touch-bases per day and per week of the grid (booked and planned), against the caps. */
final class CapCounter {

    private final int[] perDay;
    private final int[] perWeek;
    private final int maxPerDay;
    private final int maxPerWeek;

    CapCounter(SlotGrid grid, PlanningRules rules) {
        this.perDay = new int[grid.days];
        this.perWeek = new int[SlotGrid.weekOf(grid.days - 1) + 1];
        this.maxPerDay = rules.maxPerDay();
        this.maxPerWeek = rules.maxPerWeek();
    }

    void add(int day) {
        perDay[day]++;
        perWeek[SlotGrid.weekOf(day)]++;
    }

    boolean full(int day) {
        return dayFull(day) || perWeek[SlotGrid.weekOf(day)] >= maxPerWeek;
    }

    /** How crowded a day already is: touch-bases that day plus that week. */
    int load(int day) {
        return perDay[day] + perWeek[SlotGrid.weekOf(day)];
    }

    /** Words for a full day or week, e.g. "already 3 touch-bases that day (the cap)". */
    String why(int day) {
        if (dayFull(day)) {
            return "already " + Wording.count(perDay[day], "touch-base") + " that day (the cap)";
        }
        return "already " + Wording.count(perWeek[SlotGrid.weekOf(day)], "touch-base") + " that week (the cap)";
    }

    private boolean dayFull(int day) {
        return perDay[day] >= maxPerDay;
    }
}
