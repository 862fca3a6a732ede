package touchbase.account;

import java.util.Optional;
import touchbase.domain.TouchbaseException;

/**
 * Google's OAuth endpoints answered with an error Touchbase did not expect, or could not be reached.
 * {@link #error()} is the OAuth error code ({@code invalid_grant}, {@code invalid_client} ...) when
 * Google sent one (RFC 6749 section 5.2). Never carries a token in its message.
 */
public class GoogleAuthException extends TouchbaseException {

    private final String error;

    public GoogleAuthException(String error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public GoogleAuthException(String message, Throwable cause) {
        this(null, message, cause);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
