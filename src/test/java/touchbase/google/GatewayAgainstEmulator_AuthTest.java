package touchbase.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static touchbase.google.EmulatedGoogle.ALEX;
import static touchbase.google.EmulatedGoogle.LENA;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.SeriesInvite;
import touchbase.domain.CalendarProblem;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.google.emulator.oauth.IssuedTokens;

/** The gateway's OAuth credential against the emulator's token endpoint: refresh after 401, revoked grants. */
class GatewayAgainstEmulator_AuthTest {

    private static final ZonedDateTime MONDAY = EmulatedGoogle.DEMO_WEEK.atStartOfDay(TouchBaseInvite.LONDON);
    private static final Interval WEEK = new Interval(MONDAY.toInstant(), MONDAY.plusDays(7).toInstant());

    private final EmulatedGoogle google = EmulatedGoogle.demo();
    private final IssuedTokens issued = google.issueTokens(ALEX);

    @AfterEach
    void stopEmulator() {
        google.close();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAtTheTokenEndpointAndTheCallRepeated() {
        GoogleCalendarEvents events = google.events(google.calendarFor(EmulatedGoogle.stored(issued)));
        google.emulator.expireAccessToken(issued.accessToken());
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();

        events.insertSeries(invite);

        assertThat(google.refreshedTokens).singleElement().isNotEqualTo(issued.accessToken());
        assertThat(google.emulator.event(ALEX, invite.eventId())).isPresent();
        assertThat(google.counter.total()).isEqualTo(2);
        assertThat(google.sleeps).isEmpty();
    }

    @Test
    void theRefreshedTokenServesTheFollowingCalls() {
        GoogleCalendarEvents events = google.events(google.calendarFor(EmulatedGoogle.stored(issued)));
        google.emulator.expireAccessToken(issued.accessToken());
        SeriesInvite invite = TouchBaseInvite.weeklyWithLena().build();
        events.insertSeries(invite);

        assertThat(events.series("primary", invite.eventId())).isPresent();

        assertThat(google.refreshedTokens).hasSize(1);
        assertThat(google.counter.total()).isEqualTo(3);
    }

    @Test
    void storedRefreshTokenAloneIsEnoughToStart() {
        GoogleBusyTimes busyTimes = new GoogleBusyTimes(
                google.calendarFor(CalendarCredentials.refreshOnly(issued.refreshToken().orElseThrow())));

        FreeBusy lena = busyTimes.busyTimes(Set.of(LENA), WEEK).get(LENA);

        assertThat(lena.isKnown()).isTrue();
        assertThat(google.refreshedTokens).hasSize(1);
    }

    @Test
    void aRevokedGrantIsReportedAsAccessRevoked() {
        GoogleCalendarEvents events = google.events(google.calendarFor(EmulatedGoogle.stored(issued)));
        google.emulator.revoke(issued.refreshToken().orElseThrow());

        assertThatThrownBy(() -> events.series("primary", "abcdef12345"))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(CalendarProblem.Kind.ACCESS_REVOKED));
        assertThat(google.refreshErrors).containsExactly("invalid_grant");
    }

    @Test
    void aRevokedGrantWithoutAnAccessTokenIsReportedAsAccessRevoked() {
        google.emulator.revoke(issued.refreshToken().orElseThrow());
        GoogleBusyTimes busyTimes = new GoogleBusyTimes(
                google.calendarFor(CalendarCredentials.refreshOnly(issued.refreshToken().orElseThrow())));

        assertThatThrownBy(() -> busyTimes.busyTimes(Set.of(LENA), WEEK))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(CalendarProblem.Kind.ACCESS_REVOKED));
    }

    @Test
    void writingToSomeoneElsesCalendarIsRejectedNotRetried() {
        GoogleCalendarEvents events = google.events(google.calendarFor(EmulatedGoogle.stored(issued)));
        SeriesInvite onLenasCalendar = new SeriesInvite(TouchBaseInvite.weeklyWithLena().eventId(), "Touch-base",
                "", TouchBaseInvite.FIRST_TUESDAY, Duration.ofMinutes(30), "FREQ=WEEKLY", LENA, ALEX, "", false,
                "series-1");

        assertThatThrownBy(() -> events.insertSeries(onLenasCalendar))
                .isInstanceOfSatisfying(CalendarProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(CalendarProblem.Kind.REJECTED));
        assertThat(google.sleeps).isEmpty();
    }
}
