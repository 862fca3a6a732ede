package touchbase.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 of text, the one place that hashes: session ids and OAuth states kept only as hashes,
 * idempotent request bodies, PKCE challenges, the strong entity tags of the feed and the API's lists. Text is hashed as UTF-8, which for the ASCII text of
 * a PKCE verifier is the ASCII that RFC 7636 section 4.2 asks for.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The 32 bytes of the digest. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The 32 bytes of the digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest as 64 lowercase hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }

    /** The digest in base64url without padding, as in a PKCE {@code S256} challenge (RFC 7636 section 4.2). */
    public static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(of(text));
    }

    /** A strong HTTP entity tag for these bytes (RFC 9110 section 8.8.3): their digest, base64url, quoted. */
    public static String etag(byte[] bytes) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(of(bytes)) + "\"";
    }
}
