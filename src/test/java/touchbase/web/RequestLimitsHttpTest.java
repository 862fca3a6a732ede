package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.account.limits.RequestLimits;

/**
 * The request limits over HTTP (issue 15, "Abuse"): sign-in starts per client address, one plan,
 * recheck or booking in flight per account, held in the database so another instance's lease counts
 * too, and never met by ordinary, one-after-the-other use.
 */
class RequestLimitsHttpTest extends StubbedGoogleCase {

    private static final int BUDGET = RequestLimits.SIGN_IN_STARTS.uses();

    @Test
    void signInStartsPastTheAddressBudgetAreRefusedWithRetryAfterUntilTheWindowEnds() {
        for (int i = 0; i < BUDGET; i++) {
            assertThat(app.startSignIn(Optional.empty()).statusCode()).as("start %d", i + 1).isEqualTo(302);
        }

        HttpResponse<String> refused = app.startSignIn(Optional.empty());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, RequestLimits.SIGN_IN_STARTS.window().toSeconds()));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("too many sign-ins from this address");
        assertThat(app.rows("web_sessions")).isEqualTo(BUDGET);

        app.clock.advance(RequestLimits.SIGN_IN_STARTS.window());
        assertThat(app.startSignIn(Optional.empty()).statusCode()).isEqualTo(302);
    }

    @Test
    void oneBrowserKeepsAtMostFivePendingSignIns() {
        String cookie = app.sessionCookie(app.startSignIn(Optional.empty())).orElseThrow();
        for (int i = 0; i < 9; i++) {
            app.clock.advance(Duration.ofSeconds(1));
            app.startSignIn(Optional.of(cookie));
        }

        assertThat(app.rows("sign_in_attempts")).isEqualTo(5);
    }

    @Test
    void aSecondRecheckWhileOneIsInFlightGets429WithRetryAfterAsJson() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        givenAnotherInstanceRuns("recheck", Duration.ofMinutes(2));

        HttpResponse<String> refused = app.postJson("/api/recheck", cookie, "", "X-CSRF-Token", csrf);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"error\":\"another recheck of yours is still running");
    }

    @Test
    void planAndBookingAreEachOneAtATimeOnTheApiAndTheForms() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        givenAnotherInstanceRuns("plan", Duration.ofMinutes(2));
        givenAnotherInstanceRuns("booking", Duration.ofMinutes(2));

        assertThat(app.postJson("/api/plan", cookie, "{}", "X-CSRF-Token", csrf).statusCode()).isEqualTo(429);
        assertThat(app.postJson("/api/touchbases", cookie, "{\"colleagueId\":\"c-1\"}", "X-CSRF-Token", csrf)
                .statusCode()).isEqualTo(429);
        HttpResponse<String> form = app.postForm("/plan/book-all", cookie, "csrf=" + csrf);
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.body()).contains("One moment, please");
        assertThat(app.postForm("/recheck", cookie, "csrf=" + csrf).statusCode()).isNotEqualTo(429);
    }

    @Test
    void aLeaseLeftByACrashedInstanceEndsAtItsExpiry() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);
        givenAnotherInstanceRuns("recheck", RequestLimits.LEASE);

        app.clock.advance(RequestLimits.LEASE);

        assertThat(app.postJson("/api/recheck", cookie, "", "X-CSRF-Token", csrf).statusCode()).isNotEqualTo(429);
    }

    @Test
    void ordinaryUseOneRequestAfterTheOtherNeverMeetsALimit() {
        String cookie = app.signIn();
        String csrf = app.csrfToken(cookie);

        for (int i = 0; i < 5; i++) {
            assertThat(app.postJson("/api/recheck", cookie, "", "X-CSRF-Token", csrf).statusCode()).isNotEqualTo(429);
            assertThat(app.postJson("/api/plan", cookie, "{}", "X-CSRF-Token", csrf).statusCode()).isNotEqualTo(429);
            assertThat(app.postForm("/recheck", cookie, "csrf=" + csrf).statusCode()).isNotEqualTo(429);
            assertThat(app.get("/plan", cookie).statusCode()).isNotEqualTo(429);
        }
        assertThat(app.rows("request_leases")).as("every lease given back").isZero();
    }

    /** A lease row as another instance running {@code what} for the signed-in account would hold it. */
    private void givenAnotherInstanceRuns(String what, Duration forHowLong) {
        app.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO request_leases (lease_key, holder, "
                        + "expires_at) SELECT :what || ':' || id, 'other-instance', :until FROM accounts")
                .bind("what", what)
                .bind("until", app.clock.instant().plus(forHowLong).toString())
                .execute());
    }
}
