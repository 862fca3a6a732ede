package touchbase.planning.zones;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.TimeZoneSource;

/**
 * Infers a colleague's zone from their own free/busy: among the {@link CandidateZones} (the
 * account's known zones first), the one where most of their busy time falls inside 09:00-17:00 on
 * weekdays and least of it at night; on a tie, the one where it lies nearest to midday, then the
 * earlier candidate. Read over {@link #period}: the last four weeks and the next two.
 *
 * <p>Falls back to the account's zone as {@code ASSUMED} when the calendar is unknown, holds less
 * than {@value #MIN_HOURS} hours of busy time on {@value #MIN_DAYS} days (blocks of ten hours or more
 * do not count), or fits no zone's working day well. Pure: the caller fetches the free/busy.
 */
public final class ZoneInference {

    static final int MIN_HOURS = 4;
    static final int MIN_DAYS = 3;
    /** Busy hours from which the amount of data no longer lowers the confidence. */
    static final int FULL_HOURS = 15;
    static final double LEAST_CONFIDENCE = 0.35;
    private static final Duration BACK = Duration.ofDays(28);
    private static final Duration AHEAD = Duration.ofDays(14);

    private ZoneInference() {
    }

    /** The free/busy period inference reads around {@code now}: four weeks back, two weeks ahead. */
    public static Interval period(Instant now) {
        return new Interval(now.minus(BACK), now.plus(AHEAD));
    }

    /**
     * The zone their busy time fits best, or {@code fallback} (the account's zone) as assumed.
     *
     * @param known zones to prefer on a tie, e.g. the account's and its colleagues' zones
     */
    public static ZoneGuess infer(FreeBusy freeBusy, ZoneId fallback, Collection<ZoneId> known) {
        Objects.requireNonNull(freeBusy, "freeBusy must not be null");
        Objects.requireNonNull(fallback, "fallback must not be null");
        if (!freeBusy.isKnown()) {
            return assumed(fallback, "their calendar is unknown (" + freeBusy.unknownReason().get() + ")");
        }
        BusyChunks busy = BusyChunks.of(freeBusy.busy());
        if (busy.totalMinutes < MIN_HOURS * 60L || busy.days < MIN_DAYS) {
            return assumed(fallback, "their calendar shows too little busy time to tell ("
                    + hours(busy.totalMinutes) + " on " + busy.days + (busy.days == 1 ? " day)" : " days)"));
        }
        ZoneFit best = best(busy, CandidateZones.with(known(fallback, known)));
        double share = Math.max(0, best.score()) / (double) busy.totalMinutes;
        double confidence = share * Math.min(1, busy.totalMinutes / (FULL_HOURS * 60.0));
        if (confidence < LEAST_CONFIDENCE) {
            return assumed(fallback, "their busy time fits no working day well (at best "
                    + percent(best.inside(), busy.totalMinutes) + " of it in 09:00-17:00 on weekdays, in "
                    + best.zone().getId() + ")");
        }
        String words = best.zone().getId() + ", inferred from their calendar: "
                + percent(best.inside(), busy.totalMinutes) + " of " + hours(busy.totalMinutes)
                + " of busy time falls in 09:00-17:00 on weekdays there (" + ZoneGuess.certainty(confidence) + ")";
        return new ZoneGuess(best.zone(), TimeZoneSource.INFERRED, confidence, words);
    }

    private static ZoneFit best(BusyChunks busy, List<ZoneId> candidates) {
        ZoneFit best = null;
        for (int order = 0; order < candidates.size(); order++) {
            ZoneFit fit = ZoneFit.of(candidates.get(order), order, busy);
            if (best == null || fit.isBetterThan(best)) {
                best = fit;
            }
        }
        return best;
    }

    private static List<ZoneId> known(ZoneId fallback, Collection<ZoneId> known) {
        List<ZoneId> zones = new ArrayList<>();
        zones.add(fallback);
        if (known != null) {
            zones.addAll(known);
        }
        return zones;
    }

    private static ZoneGuess assumed(ZoneId fallback, String why) {
        return new ZoneGuess(fallback, TimeZoneSource.ASSUMED, 0,
                fallback.getId() + " (your zone), assumed: " + why);
    }

    private static String hours(long minutes) {
        long hours = Math.round(minutes / 60.0);
        return hours + (hours == 1 ? " hour" : " hours");
    }

    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }
}
