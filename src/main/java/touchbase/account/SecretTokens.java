package touchbase.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable random strings (session ids, CSRF tokens, OAuth state): base64url without padding. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SecretTokens() {
    }

    /** {@code bytes} random bytes, e.g. 32 gives 43 characters from {@code [A-Za-z0-9_-]}. */
    public static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return ENCODER.encodeToString(buffer);
    }
}
