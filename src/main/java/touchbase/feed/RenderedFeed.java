package touchbase.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An iCalendar document ready to serve: its bytes (UTF-8), a strong entity tag (the SHA-256 of the
 * bytes, RFC 9110 section 8.8.3), when the bytes last changed (to the second, as HTTP dates are), and
 * until when it may be served without rendering again.
 */
public record RenderedFeed(byte[] bytes, String etag, Instant lastModified, Instant validUntil) {

    private static final java.time.format.DateTimeFormatter HTTP_DATE = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
            .withZone(java.time.ZoneOffset.UTC);

    public RenderedFeed {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(etag, "etag must not be null");
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(validUntil, "validUntil must not be null");
    }

    static RenderedFeed of(byte[] bytes, Instant lastModified, Instant validUntil) {
        return new RenderedFeed(bytes, etagOf(bytes), lastModified, validUntil);
    }

    static String etagOf(byte[] bytes) {
        return touchbase.domain.Sha256.etag(bytes);
    }

    static String sha256(String text) {
        return etagOf(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Last-Modified as an HTTP date (RFC 9110 section 5.6.7). */
    public String lastModifiedHeader() {
        return HTTP_DATE.format(lastModified);
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
