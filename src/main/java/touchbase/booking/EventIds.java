package touchbase.booking;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client-chosen calendar event ids. Google accepts ids of 5 to 1024 characters from the base32hex
 * alphabet ({@code a-v} and {@code 0-9}, RFC 2938 / RFC 4648 section 7) and keeps the id of a deleted
 * event, so a series booked again after deletion needs a new generation.
 */
public final class EventIds {

    private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();
    private static final Pattern VALID = Pattern.compile("[a-v0-9]{5,1024}");

    private EventIds() {
    }

    /**
     * The id of a series' event: the 16 bytes of the series id in lower-case base32hex (always 26
     * characters) followed by the generation in decimal, for example {@code ...k0} then {@code ...k1}.
     */
    public static String forSeries(UUID seriesId, int generation) {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        if (generation < 0) {
            throw new IllegalArgumentException("generation must not be negative, got " + generation);
        }
        ByteBuffer bytes = ByteBuffer.allocate(16)
                .putLong(seriesId.getMostSignificantBits())
                .putLong(seriesId.getLeastSignificantBits());
        return base32hex(bytes.array()) + generation;
    }

    /** Whether Google would accept this as an event id. */
    public static boolean isValid(String eventId) {
        return eventId != null && VALID.matcher(eventId).matches();
    }

    static void requireValid(String eventId, String field) {
        if (!isValid(eventId)) {
            throw new IllegalArgumentException(
                    field + " must be 5 to 1024 characters of a-v and 0-9 (see EventIds.forSeries), got " + eventId);
        }
    }

    private static String base32hex(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32HEX[(buffer >> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32HEX[(buffer << (5 - bits)) & 0x1f]);
        }
        return out.toString();
    }
}
