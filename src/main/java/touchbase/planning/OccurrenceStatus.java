package touchbase.planning;

/** What the planner says about one occurrence of a proposed series. */
public enum OccurrenceStatus {
    /** At the regular time, and both calendars are free then (with buffers, within caps). */
    FREE,
    /** The regular time clashes; this one occurrence moves to the nearest free slot in its period. */
    MOVED,
    /** The regular time clashes and no slot in its period is free: this occurrence is left out. */
    SKIPPED,
    /** At the regular time and free on the account's calendar; the colleague's free/busy is unknown. */
    UNKNOWN;

    /** Whether the touch-base takes place (at its regular or moved time). */
    public boolean isHeld() {
        return this != SKIPPED;
    }
}
