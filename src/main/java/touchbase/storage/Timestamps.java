package touchbase.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as stored: ISO-8601 UTC text in whole seconds ({@code 2026-12-01T09:00:00Z}). One fixed
 * width keeps text comparison in SQL ({@code expires_at < :now}) the same as time order.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static String text(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static Instant instant(String text) {
        return Instant.parse(text);
    }
}
