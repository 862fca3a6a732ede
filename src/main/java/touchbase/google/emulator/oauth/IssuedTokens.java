package touchbase.google.emulator.oauth;

import java.util.Optional;

/** Tokens the emulator issued: the bearer access token and, for offline access, a refresh token. */
public record IssuedTokens(String accessToken, Optional<String> refreshToken) {
}
