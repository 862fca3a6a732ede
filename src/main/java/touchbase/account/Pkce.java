package touchbase.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * Proof Key for Code Exchange (RFC 7636): a fresh verifier for each sign-in, and its {@code S256}
 * challenge {@code BASE64URL(SHA-256(ASCII(verifier)))} without padding (section 4.2). The challenge
 * goes in the authorization URL; the verifier goes only in the token request.
 */
public record Pkce(String verifier, String challenge) {

    public static final String METHOD = "S256";

    public Pkce {
        Objects.requireNonNull(verifier, "verifier must not be null");
        Objects.requireNonNull(challenge, "challenge must not be null");
    }

    /** A new verifier of 64 characters from the unreserved set (RFC 7636 section 4.1 allows 43 to 128). */
    public static Pkce generate() {
        String verifier = SecretTokens.random(48);
        return new Pkce(verifier, challengeOf(verifier));
    }

    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=***, challenge=" + challenge + "]";
    }
}
