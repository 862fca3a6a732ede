package touchbase.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the person wants their touch-bases planned: working hours (in their zone), preferred days
 * and times, buffers around other meetings, minimum notice, caps a day and a week, and the defaults
 * for a new colleague (cadence, duration) and for each invite (a Google Meet link or not).
 */
public record AccountSettings(
        WorkingHours workingHours,
        Preferences preferences,
        int bufferMinutes,
        Duration minimumNotice,
        int maxPerDay,
        int maxPerWeek,
        Cadence defaultCadence,
        Duration defaultDuration,
        boolean addMeetLink) {

    public AccountSettings {
        Objects.requireNonNull(workingHours, "workingHours must not be null");
        Objects.requireNonNull(preferences, "preferences must not be null");
        if (bufferMinutes < 0 || bufferMinutes > 120) {
            throw new IllegalArgumentException("bufferMinutes must be from 0 to 120, got " + bufferMinutes);
        }
        Objects.requireNonNull(minimumNotice, "minimumNotice must not be null");
        if (minimumNotice.isNegative() || minimumNotice.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("minimumNotice must be from 0 to 30 days, got " + minimumNotice);
        }
        if (maxPerDay < 1 || maxPerDay > 20) {
            throw new IllegalArgumentException("maxPerDay must be from 1 to 20, got " + maxPerDay);
        }
        if (maxPerWeek < maxPerDay || maxPerWeek > 100) {
            throw new IllegalArgumentException("maxPerWeek must be from maxPerDay (" + maxPerDay + ") to 100, got "
                    + maxPerWeek);
        }
        Objects.requireNonNull(defaultCadence, "defaultCadence must not be null");
        Objects.requireNonNull(defaultDuration, "defaultDuration must not be null");
        if (defaultDuration.toMinutes() < 10 || defaultDuration.toMinutes() > 120) {
            throw new IllegalArgumentException("defaultDuration must be from 10 to 120 minutes, got "
                    + defaultDuration.toMinutes());
        }
    }

    /** Monday to Friday 09:00–17:00 in the zone, 10 minutes buffer, a day's notice, 3 a day, 8 a week, every two weeks, 30 minutes, with Meet. */
    public static AccountSettings defaults(ZoneId zone) {
        return new AccountSettings(WorkingHours.standard(zone), Preferences.none(), 10, Duration.ofHours(24), 3, 8,
                Cadence.everyTwoWeeks(), Duration.ofMinutes(30), true);
    }

    public ZoneId zone() {
        return workingHours.zone();
    }
}
