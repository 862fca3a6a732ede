package touchbase.planning.zones;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * How well busy time fits a working day in one zone: minutes inside 09:00-17:00 Monday to Friday,
 * minutes at night (22:00-06:00, any day), and how far on average the busy time lies from 13:00,
 * the middle of the day, read on the zone's clock with each instant's own offset (so daylight
 * saving is followed). Better means more inside minus night, then closer to midday.
 */
record ZoneFit(ZoneId zone, long inside, long night, long distance, int order) {

    private static final int DAY = 86_400;
    private static final int WORK_START = 9 * 3600;
    private static final int WORK_END = 17 * 3600;
    private static final int NIGHT_END = 6 * 3600;
    private static final int NIGHT_START = 22 * 3600;
    private static final int MIDDAY = 13 * 3600;

    static ZoneFit of(ZoneId zone, int order, BusyChunks busy) {
        ZoneRules rules = zone.getRules();
        long inside = 0;
        long night = 0;
        long distance = 0;
        for (int i = 0; i < busy.midpoints.length; i++) {
            long second = busy.midpoints[i];
            long local = second + rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
            long day = Math.floorDiv(local, DAY);
            int time = (int) (local - day * DAY);
            boolean weekday = Math.floorMod(day + 3, 7) < 5;
            int minutes = busy.minutes[i];
            if (weekday && time >= WORK_START && time < WORK_END) {
                inside += minutes;
            } else if (time < NIGHT_END || time >= NIGHT_START) {
                night += minutes;
            }
            distance += (long) Math.abs(time - MIDDAY) * minutes;
        }
        return new ZoneFit(zone, inside, night, distance, order);
    }

    /** Inside minus night: the minutes that speak for this zone. */
    long score() {
        return inside - night;
    }

    boolean isBetterThan(ZoneFit other) {
        if (score() != other.score()) {
            return score() > other.score();
        }
        if (distance != other.distance) {
            return distance < other.distance;
        }
        return order < other.order;
    }
}
