package touchbase.planning.zones;

import java.time.ZoneId;
import java.util.Objects;
import touchbase.domain.TimeZoneSource;

/**
 * A colleague's zone as inference found it: the zone, where it came from ({@code INFERRED} from
 * their busy time, or {@code ASSUMED} to be the account's zone), how sure (0 to 1: the share of
 * their busy time that fits a working day there, lowered when there is little of it) and one line
 * for people saying why.
 */
public record ZoneGuess(ZoneId zone, TimeZoneSource source, double confidence, String words) {

    public ZoneGuess {
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (source == TimeZoneSource.GIVEN) {
            throw new IllegalArgumentException("source must be inferred or assumed: a guess is never given");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0 to 1, got " + confidence);
        }
        Objects.requireNonNull(words, "words must not be null");
    }

    /** "sure" (0.8 and up), "fairly sure" (0.5 and up), "unsure", or "assumed". */
    public String certainty() {
        return source == TimeZoneSource.ASSUMED ? "assumed" : certainty(confidence);
    }

    static String certainty(double confidence) {
        return confidence >= 0.8 ? "sure" : confidence >= 0.5 ? "fairly sure" : "unsure";
    }
}
