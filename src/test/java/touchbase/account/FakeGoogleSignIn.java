package touchbase.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import touchbase.domain.GoogleTokens;

/** Google's OAuth side as a scriptable fake: records what it was asked, answers what it is told. */
final class FakeGoogleSignIn implements GoogleSignIn {

    static final Set<String> ALL_GRANTED = Set.of("openid", GoogleScopes.EMAIL_LONG_FORM,
            GoogleScopes.CALENDAR_EVENTS, GoogleScopes.CALENDAR_FREEBUSY);

    private final Clock clock;
    final List<String> exchangedVerifiers = new ArrayList<>();
    final List<String> refreshedWith = new ArrayList<>();
    final List<String> revoked = new ArrayList<>();
    Optional<String> nextRefreshToken = Optional.of("refresh-1");
    Set<String> grantedScopes = ALL_GRANTED;
    boolean refreshRefused;
    int issued;
    String lastState;
    String lastChallenge;
    final List<Boolean> askedConsent = new ArrayList<>();
    String subject = "sub-ada";
    boolean emailVerified = true;

    FakeGoogleSignIn(Clock clock) {
        this.clock = clock;
    }

    @Override
    public URI authorizationUrl(String state, String codeChallenge, boolean askConsent) {
        lastState = state;
        lastChallenge = codeChallenge;
        askedConsent.add(askConsent);
        return URI.create("https://accounts.example/auth?state=" + state + (askConsent ? "&prompt=consent" : ""));
    }

    @Override
    public URI authorizationEndpoint() {
        return URI.create("https://accounts.example/auth");
    }

    @Override
    public GoogleTokens exchange(String code, String codeVerifier) {
        exchangedVerifiers.add(codeVerifier);
        if (!Pkce.challengeOf(codeVerifier).equals(lastChallenge)) {
            throw new GoogleAuthException("invalid_grant", "Invalid code verifier.", null);
        }
        return new GoogleTokens("access-" + ++issued, nextRefreshToken, clock.instant().plus(Duration.ofHours(1)),
                grantedScopes);
    }

    @Override
    public GoogleProfile profile(String accessToken) {
        return new GoogleProfile(subject, "ada@example.com", emailVerified, Optional.of("Ada"), ZoneId.of("Europe/London"));
    }

    @Override
    public Optional<GoogleTokens> refresh(String refreshToken) {
        refreshedWith.add(refreshToken);
        if (refreshRefused) {
            return Optional.empty();
        }
        return Optional.of(new GoogleTokens("access-" + ++issued, Optional.empty(),
                clock.instant().plus(Duration.ofHours(1)), Set.of()));
    }

    @Override
    public void revoke(String token) {
        revoked.add(token);
    }
}
