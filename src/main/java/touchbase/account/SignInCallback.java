package touchbase.account;

import java.util.Objects;
import java.util.Optional;

/**
 * The query parameters Google sends to the redirect URI: {@code state} and either {@code code} or
 * {@code error} (RFC 6749 sections 4.1.2 and 4.1.2.1).
 */
public record SignInCallback(Optional<String> state, Optional<String> code, Optional<String> error) {

    public SignInCallback {
        state = Objects.requireNonNull(state, "state must not be null").filter(s -> !s.isBlank());
        code = Objects.requireNonNull(code, "code must not be null").filter(s -> !s.isBlank());
        error = Objects.requireNonNull(error, "error must not be null").filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "SignInCallback[state=" + state.map(s -> "***") + ", code=" + code.map(c -> "***")
                + ", error=" + error + "]";
    }
}
