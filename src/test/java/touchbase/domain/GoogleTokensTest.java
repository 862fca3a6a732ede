package touchbase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoogleTokensTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private static GoogleTokens tokens(String access, Optional<String> refresh, Set<String> scopes) {
        return new GoogleTokens(access, refresh, NOON.plus(Duration.ofHours(1)), scopes);
    }

    @Test
    void anUpdateWithoutRefreshTokenKeepsTheStoredOne() {
        GoogleTokens stored = tokens("old-access", Optional.of("the-refresh"), Set.of("openid"));

        GoogleTokens updated = stored.updatedWith(tokens("new-access", Optional.empty(), Set.of("openid")));

        assertThat(updated.accessToken()).isEqualTo("new-access");
        assertThat(updated.refreshToken()).contains("the-refresh");
    }

    @Test
    void anUpdateWithANewRefreshTokenReplacesTheStoredOne() {
        GoogleTokens stored = tokens("old-access", Optional.of("old-refresh"), Set.of());

        GoogleTokens updated = stored.updatedWith(tokens("new-access", Optional.of("new-refresh"), Set.of()));

        assertThat(updated.refreshToken()).contains("new-refresh");
    }

    @Test
    void anUpdateWithoutScopesKeepsTheKnownScopes() {
        GoogleTokens stored = tokens("a", Optional.empty(), Set.of("openid", "email"));

        assertThat(stored.updatedWith(tokens("b", Optional.empty(), Set.of())).grantedScopes())
                .containsExactlyInAnyOrder("openid", "email");
    }

    @Test
    void aBlankRefreshTokenCountsAsNone() {
        assertThat(tokens("a", Optional.of(" "), Set.of()).refreshToken()).isEmpty();
    }

    @Test
    void expiresWithinTheMarginBeforeItsExpiry() {
        GoogleTokens tokens = tokens("a", Optional.empty(), Set.of());

        assertThat(tokens.expiresWithin(NOON.plus(Duration.ofMinutes(58)), Duration.ofSeconds(60))).isFalse();
        assertThat(tokens.expiresWithin(NOON.plus(Duration.ofMinutes(59)), Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void toStringShowsNoToken() {
        assertThat(tokens("secret-access", Optional.of("secret-refresh"), Set.of()).toString())
                .doesNotContain("secret-access").doesNotContain("secret-refresh");
    }
}
