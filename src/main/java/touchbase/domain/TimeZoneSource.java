package touchbase.domain;

import java.util.Locale;

/**
 * Where a colleague's time zone came from: {@link #GIVEN} by a person (form, API, CSV),
 * {@link #INFERRED} from the colleague's own free/busy, or {@link #ASSUMED} to be the account's zone
 * because their calendar was unknown or said too little. An inferred or assumed zone asks to be confirmed.
 */
public enum TimeZoneSource {
    GIVEN,
    INFERRED,
    ASSUMED;

    /** The lower-case name used in JSON and storage, e.g. {@code "inferred"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source for a wire name, any case; blank or null is {@link #GIVEN} (rows stored before sources). */
    public static TimeZoneSource fromWire(String text) {
        if (text == null || text.isBlank()) {
            return GIVEN;
        }
        for (TimeZoneSource source : values()) {
            if (source.wireName().equalsIgnoreCase(text.strip())) {
                return source;
            }
        }
        throw new IllegalArgumentException("timeZoneSource must be given, inferred or assumed, got " + text);
    }
}
