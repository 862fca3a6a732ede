package touchbase.google;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The OAuth tokens stored for one connected account. Without a current access token the first
 * request refreshes one with the refresh token.
 */
public record CalendarCredentials(Optional<String> accessToken, String refreshToken, Optional<Instant> accessTokenExpiresAt) {

    public CalendarCredentials {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken must not be blank");
        }
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt must not be null");
    }

    public static CalendarCredentials refreshOnly(String refreshToken) {
        return new CalendarCredentials(Optional.empty(), refreshToken, Optional.empty());
    }

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "CalendarCredentials[accessToken=" + (accessToken.isPresent() ? "***" : "none")
                + ", refreshToken=***, accessTokenExpiresAt=" + accessTokenExpiresAt.map(Instant::toString).orElse("none") + "]";
    }
}
