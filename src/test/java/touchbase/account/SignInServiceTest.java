package touchbase.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import touchbase.MutableClock;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;

class SignInServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final FakeGoogleSignIn google = new FakeGoogleSignIn(clock);
    private final InMemorySignInStores stores = new InMemorySignInStores();
    private final SignInService service = new SignInService(google, stores.accounts, stores.vault, stores.sessions, clock);

    private SignInOutcome answer(SignInStart start, String state) {
        return service.finishSignIn(Optional.of(start.session().id()),
                new SignInCallback(Optional.ofNullable(state), Optional.of("code"), Optional.empty()));
    }

    private SignInOutcome.SignedIn signIn() {
        SignInStart start = service.startSignIn(Optional.empty());
        return (SignInOutcome.SignedIn) answer(start, google.lastState);
    }

    @Test
    void aSignInConnectsTheAccountInANewSessionWithTheVerifierOfItsChallenge() {
        SignInStart start = service.startSignIn(Optional.empty());

        SignInOutcome outcome = answer(start, google.lastState);

        assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
        SignInOutcome.SignedIn signedIn = (SignInOutcome.SignedIn) outcome;
        assertThat(signedIn.session().id()).isNotEqualTo(start.session().id());
        assertThat(signedIn.session().accountId()).contains(signedIn.account().id());
        assertThat(service.session(start.session().id())).isEmpty();
        assertThat(google.exchangedVerifiers).hasSize(1);
        assertThat(signedIn.account().email()).isEqualTo("ada@example.com");
        assertThat(stores.vault.load(signedIn.account().id())).isPresent();
    }

    @Test
    void aStateCanBeUsedOnce() {
        SignInStart start = service.startSignIn(Optional.empty());
        String state = google.lastState;
        answer(start, state);

        SignInOutcome again = service.finishSignIn(Optional.of(start.session().id()),
                new SignInCallback(Optional.of(state), Optional.of("code"), Optional.empty()));

        assertThat(again).isInstanceOf(SignInOutcome.InvalidState.class);
    }

    @Test
    void anUnknownStateIsRejectedAndNothingIsStored() {
        SignInStart start = service.startSignIn(Optional.empty());

        assertThat(answer(start, "made-up")).isInstanceOf(SignInOutcome.InvalidState.class);
        assertThat(stores.accounts.byId).isEmpty();
        assertThat(google.exchangedVerifiers).isEmpty();
    }

    @Test
    void aMissingStateIsRejected() {
        SignInStart start = service.startSignIn(Optional.empty());

        assertThat(answer(start, null)).isInstanceOf(SignInOutcome.InvalidState.class);
    }

    @Test
    void aStateFromAnotherBrowserIsRejected() {
        service.startSignIn(Optional.empty());
        String othersState = google.lastState;
        SignInStart mine = service.startSignIn(Optional.empty());

        assertThat(answer(mine, othersState)).isInstanceOf(SignInOutcome.InvalidState.class);
    }

    @Test
    void aStateOlderThanTenMinutesIsRejected() {
        SignInStart start = service.startSignIn(Optional.empty());
        clock.advance(Duration.ofMinutes(10));

        assertThat(answer(start, google.lastState)).isInstanceOf(SignInOutcome.InvalidState.class);
        assertThat(stores.accounts.byId).isEmpty();
    }

    @Test
    void accessDeniedIsReportedAsDenied() {
        SignInStart start = service.startSignIn(Optional.empty());

        SignInOutcome outcome = service.finishSignIn(Optional.of(start.session().id()),
                new SignInCallback(Optional.of(google.lastState), Optional.empty(), Optional.of("access_denied")));

        assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Denied.class,
                denied -> assertThat(denied.isAccessDenied()).isTrue());
    }

    @Test
    void aMissingCalendarPermissionIsNamedAndNothingIsStored() {
        google.grantedScopes = Set.of("openid", "email", GoogleScopes.CALENDAR_EVENTS);
        SignInStart start = service.startSignIn(Optional.empty());

        SignInOutcome outcome = answer(start, google.lastState);

        assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.MissingPermissions.class,
                missing -> assertThat(missing.missing()).extracting(GoogleScopes.Permission::name)
                        .containsExactly("calendar.freebusy"));
        assertThat(stores.accounts.byId).isEmpty();
        assertThat(stores.vault.byAccount).isEmpty();
    }

    @Test
    void aSecondSignInWithoutRefreshTokenKeepsTheStoredOne() {
        AccountProfile account = signIn().account();
        google.nextRefreshToken = Optional.empty();

        AccountProfile again = signIn().account();

        assertThat(again.id()).isEqualTo(account.id());
        assertThat(stores.vault.load(account.id()).orElseThrow().refreshToken()).contains("refresh-1");
        assertThat(stores.vault.load(account.id()).orElseThrow().accessToken()).isEqualTo("access-2");
    }

    @Test
    void aFreshAccessTokenIsUsedWithoutRefreshing() {
        AccountProfile account = signIn().account();

        assertThat(service.validAccessToken(account.id())).contains("access-1");
        assertThat(google.refreshedWith).isEmpty();
    }

    @Test
    void anAccessTokenIsRefreshedWithinAMinuteOfItsExpiry() {
        AccountProfile account = signIn().account();
        clock.advance(Duration.ofMinutes(59).plusSeconds(1));

        assertThat(service.validAccessToken(account.id())).contains("access-2");
        assertThat(google.refreshedWith).containsExactly("refresh-1");
        assertThat(stores.vault.load(account.id()).orElseThrow().refreshToken()).contains("refresh-1");
    }

    @Test
    void aRefusedRefreshDisconnectsTheAccount() {
        AccountProfile account = signIn().account();
        google.refreshRefused = true;
        clock.advance(Duration.ofHours(2));

        assertThat(service.validAccessToken(account.id())).isEmpty();
        assertThat(stores.accounts.byId(account.id()).orElseThrow().status()).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(stores.vault.byAccount).isEmpty();
    }

    @Test
    void anAccountWhoseTokensAreGoneIsDisconnected() {
        AccountProfile account = signIn().account();
        stores.vault.delete(account.id());

        assertThat(service.validAccessToken(account.id())).isEmpty();
        assertThat(stores.accounts.byId(account.id()).orElseThrow().isConnected()).isFalse();
    }

    @Test
    void signingInAgainReconnectsADisconnectedAccount() {
        AccountProfile account = signIn().account();
        stores.accounts.markDisconnected(account.id());

        assertThat(signIn().account().status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void disconnectRevokesTheRefreshTokenAndForgetsTheTokens() {
        AccountProfile account = signIn().account();

        assertThat(service.disconnect(account.id())).isTrue();

        assertThat(google.revoked).containsExactly("refresh-1");
        assertThat(stores.vault.byAccount).isEmpty();
        assertThat(stores.accounts.byId(account.id()).orElseThrow().isConnected()).isFalse();
    }

    @Test
    void anExpiredSessionIsNotFound() {
        SignInOutcome.SignedIn signedIn = signIn();
        clock.advance(SignInService.SESSION_LIFETIME);

        assertThat(service.session(signedIn.session().id())).isEmpty();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        String id = signIn().session().id();
        clock.advance(Duration.ofMinutes(29));
        assertThat(service.session(id)).isPresent();

        clock.advance(Duration.ofMinutes(29));
        assertThat(service.session(id)).as("each request restarts the idle clock").isPresent();

        clock.advance(WebSession.IDLE_TIMEOUT);
        assertThat(service.session(id)).isEmpty();
        assertThat(stores.sessions.byId).as("the expired session is deleted").doesNotContainKey(id);
    }

    @Test
    void aBusySessionStillEndsTwelveHoursAfterSignIn() {
        String id = signIn().session().id();
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(service.session(id)).as("after %d minutes", (i + 1) * 20).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));

        assertThat(service.session(id)).as("after 12 hours").isEmpty();
    }

    @Test
    void theLastSeenTimeIsWrittenAtMostOnceAMinute() {
        WebSession session = signIn().session();
        clock.advance(Duration.ofSeconds(50));
        service.session(session.id());
        assertThat(stores.sessions.byId.get(session.id()).lastSeenAt()).isEqualTo(session.lastSeenAt());

        clock.advance(Duration.ofSeconds(10));
        service.session(session.id());

        assertThat(stores.sessions.byId.get(session.id()).lastSeenAt()).isEqualTo(clock.instant());
        assertThat(stores.sessions.byId.get(session.id()).createdAt()).isEqualTo(session.createdAt());
    }

    @Test
    void signingOutEndsTheSession() {
        String id = signIn().session().id();

        service.signOut(id);

        assertThat(service.session(id)).isEmpty();
        assertThat(stores.sessions.byId).doesNotContainKey(id);
    }

    @Test
    void disconnectEndsEverySessionOfTheAccountAndNoOtherOne() {
        SignInOutcome.SignedIn laptop = signIn();
        SignInOutcome.SignedIn phone = signIn();
        stores.accounts.save(new AccountProfile("bob", Optional.of("sub-bob"), "bob@example.com", Optional.empty(),
                java.time.ZoneOffset.UTC, ConnectionStatus.CONNECTED));
        WebSession bobs = WebSession.start("bobs-session", Optional.of("bob"), "csrf", clock.instant(),
                SignInService.SESSION_LIFETIME);
        stores.sessions.save(bobs);

        service.disconnect(laptop.account().id());

        assertThat(service.session(laptop.session().id())).isEmpty();
        assertThat(service.session(phone.session().id())).isEmpty();
        assertThat(service.session(bobs.id())).isPresent();
    }

    @Test
    void aNewcomerIsNotAskedForConsentWhenGoogleSendsARefreshTokenAnyway() {
        signIn();

        assertThat(google.askedConsent).containsExactly(false);
    }

    @Test
    void aReturningPersonWithAStoredRefreshTokenSignsInWithoutTheConsentScreen() {
        signIn();
        google.nextRefreshToken = Optional.empty();

        SignInOutcome again = answer(service.startSignIn(Optional.empty()), google.lastState);

        assertThat(again).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(google.askedConsent).containsExactly(false, false);
    }

    @Test
    void withoutARefreshTokenFromGoogleOrStoredTheBrowserIsSentBackOnceForConsent() {
        google.nextRefreshToken = Optional.empty();
        SignInStart start = service.startSignIn(Optional.empty());

        SignInOutcome first = answer(start, google.lastState);

        assertThat(first).isInstanceOfSatisfying(SignInOutcome.ConsentNeeded.class,
                consent -> assertThat(consent.authorizationUrl().getQuery()).contains("prompt=consent"));
        assertThat(google.askedConsent).containsExactly(false, true);
        assertThat(stores.accounts.byId).isEmpty();
        assertThat(stores.vault.byAccount).isEmpty();

        google.nextRefreshToken = Optional.of("refresh-2");
        SignInOutcome second = answer(start, google.lastState);

        assertThat(second).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(stores.vault.byAccount.values()).singleElement()
                .satisfies(tokens -> assertThat(tokens.refreshToken()).contains("refresh-2"));
    }

    @Test
    void aSignInThatAskedForConsentIsNeverSentBackAgain() {
        google.nextRefreshToken = Optional.empty();
        SignInStart start = service.startSignIn(Optional.empty());
        answer(start, google.lastState);

        assertThat(answer(start, google.lastState)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(google.askedConsent).containsExactly(false, true);
    }

    @Test
    void aSignedInPersonWithoutARefreshTokenIsAskedForConsentStraightAway() {
        SignInOutcome.SignedIn signedIn = signIn();
        stores.vault.delete(signedIn.account().id());

        service.startSignIn(Optional.of(signedIn.session().id()));

        assertThat(google.askedConsent).containsExactly(false, true);
    }

    @Test
    void aReturningAccountIsFoundByItsSubjectEvenWhenItsEmailChanged() {
        AccountProfile account = signIn().account();
        stores.accounts.save(new AccountProfile(account.id(), account.googleSubject(), "old@example.com",
                Optional.empty(), account.timeZone(), ConnectionStatus.CONNECTED));

        AccountProfile again = signIn().account();

        assertThat(again.id()).isEqualTo(account.id());
        assertThat(again.email()).isEqualTo("ada@example.com");
        assertThat(stores.accounts.byId).hasSize(1);
    }

    @Test
    void anotherGoogleAccountWithTheSameEmailDoesNotGetIn() {
        AccountProfile account = signIn().account();
        google.subject = "sub-someone-else";

        SignInOutcome outcome = answer(service.startSignIn(Optional.empty()), google.lastState);

        assertThat(outcome).isInstanceOf(SignInOutcome.Failed.class);
        assertThat(stores.accounts.byId).containsOnlyKeys(account.id());
    }

    @Test
    void anAccountWithoutSubjectIsMatchedByEmailOnlyWhenGoogleVerifiedIt() {
        stores.accounts.save(new AccountProfile("made-by-cli", Optional.empty(), "ada@example.com", Optional.empty(),
                java.time.ZoneOffset.UTC, ConnectionStatus.DISCONNECTED));
        google.emailVerified = false;

        SignInOutcome unverified = answer(service.startSignIn(Optional.empty()), google.lastState);

        assertThat(unverified).isInstanceOf(SignInOutcome.Failed.class);
        assertThat(stores.accounts.byId("made-by-cli").orElseThrow().googleSubject()).isEmpty();
        assertThat(stores.vault.byAccount).isEmpty();

        google.emailVerified = true;
        SignInOutcome verified = answer(service.startSignIn(Optional.empty()), google.lastState);

        assertThat(verified).isInstanceOfSatisfying(SignInOutcome.SignedIn.class,
                in -> assertThat(in.account().id()).isEqualTo("made-by-cli"));
        assertThat(stores.accounts.byId("made-by-cli").orElseThrow().googleSubject()).contains("sub-ada");
    }
}
