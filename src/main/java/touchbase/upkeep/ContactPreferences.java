package touchbase.upkeep;

/**
 * How last contact is read and shown for one account.
 *
 * @param showMeetingTitles whether a meeting's title is shown (else "a meeting"): privacy, off by default
 * @param graceDays how many days past the cadence a colleague may go without contact before overdue
 * @param lookbackDays how far back meetings on the calendar count (the first read's window)
 */
public record ContactPreferences(boolean showMeetingTitles, int graceDays, int lookbackDays) {

    public static final int DEFAULT_GRACE_DAYS = 7;
    public static final int DEFAULT_LOOKBACK_DAYS = 180;

    public ContactPreferences {
        if (graceDays < 0 || graceDays > 365) {
            throw new touchbase.domain.InvalidInput("graceDays", "graceDays must be 0 to 365, got " + graceDays);
        }
        if (lookbackDays < 1 || lookbackDays > 730) {
            throw new touchbase.domain.InvalidInput("lookbackDays", "lookbackDays must be 1 to 730, got " + lookbackDays);
        }
    }

    public static ContactPreferences defaults() {
        return new ContactPreferences(false, DEFAULT_GRACE_DAYS, DEFAULT_LOOKBACK_DAYS);
    }

    public ContactPreferences withShowMeetingTitles(boolean show) {
        return new ContactPreferences(show, graceDays, lookbackDays);
    }

    public ContactPreferences withGraceDays(int days) {
        return new ContactPreferences(showMeetingTitles, days, lookbackDays);
    }
}
