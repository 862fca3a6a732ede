package touchbase.account;

import java.util.Objects;
import touchbase.domain.Sha256;

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
        return Sha256.base64Url(verifier);
    }

    @Override
    public String toString() {
        return "Pkce[verifier=***, challenge=" + challenge + "]";
    }
}
