package touchbase.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

class GoogleBusyTimesTest {

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new FreeBusyResponder()))
            .build();

    private static final String FREE_BUSY_URL = "/calendar/v3/freeBusy";
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final Interval ONE_WEEK = Interval.of(START, Duration.ofDays(7));
    private static final Interval HUNDRED_FIFTY_DAYS = Interval.of(START, Duration.ofDays(150));

    private GoogleBusyTimes busyTimes;

    @AfterEach
    void googleAnswersAnyRangeAgain() {
        FreeBusyResponder.refuseLongerThan = null;
        GoogleBusyTimes.forgetRefusedSpans();
    }

    @BeforeEach
    void answerLikeGoogle() {
        google.stubFor(post(urlEqualTo(FREE_BUSY_URL))
                .willReturn(aResponse().withTransformers(FreeBusyResponder.NAME)));
        busyTimes = new GoogleBusyTimes(new GoogleFixture(google.baseUrl()).calendar());
    }

    @Test
    void splitsManyCalendarsOverLongHorizonIntoQueriesOfFiftyCalendarsAndAsFewPartsAsNinetyDaysAllow() {
        Set<String> colleagues = colleagues(120);

        busyTimes.busyTimes(colleagues, HUNDRED_FIFTY_DAYS);

        google.verify(6, postRequestedFor(urlEqualTo(FREE_BUSY_URL)));
        for (ServeEvent query : google.getAllServeEvents()) {
            JsonObject body = JsonParser.parseString(query.getRequest().getBodyAsString()).getAsJsonObject();
            Duration span = Duration.between(Instant.parse(body.get("timeMin").getAsString()),
                    Instant.parse(body.get("timeMax").getAsString()));
            assertThat(body.getAsJsonArray("items").size()).isLessThanOrEqualTo(50);
            assertThat(span).isEqualTo(Duration.ofDays(75));
        }
    }

    @Test
    void aTwentySixWeekHorizonTakesOneQueryPerNinetyDaysInEqualParts() {
        Interval horizon = Interval.of(START, Duration.ofDays(182));

        assertThat(GoogleBusyTimes.spans(horizon, GoogleBusyTimes.MAX_SPAN_PER_QUERY))
                .hasSize(3)
                .allSatisfy(span -> assertThat(Duration.between(span.start(), span.end()))
                        .isLessThanOrEqualTo(Duration.ofDays(61)))
                .satisfies(spans -> assertThat(spans.get(2).end()).isEqualTo(horizon.end()));
    }

    @Test
    void aGoogleRefusingLongRangesIsAskedAgainInSixtyDayPartsAndLaterQueriesStartThere() {
        FreeBusyResponder.refuseLongerThan = Duration.ofDays(60);
        Set<String> colleagues = colleagues(10);

        Map<String, FreeBusy> answer = busyTimes.busyTimes(colleagues, HUNDRED_FIFTY_DAYS);

        assertThat(answer.get("colleague-3@example.com").busy()).contains(Interval.of(START, Duration.ofMinutes(30)));
        google.verify(1 + 3, postRequestedFor(urlEqualTo(FREE_BUSY_URL)));
        google.resetRequests();

        busyTimes.busyTimes(colleagues, HUNDRED_FIFTY_DAYS);

        google.verify(3, postRequestedFor(urlEqualTo(FREE_BUSY_URL)));
    }

    @Test
    void mergesChunksIntoOneAnswerPerCalendarJoiningBusyTimeCutAtChunkBoundaries() {
        Set<String> colleagues = colleagues(120);

        Map<String, FreeBusy> answer = busyTimes.busyTimes(colleagues, HUNDRED_FIFTY_DAYS);

        assertThat(answer).hasSize(120);
        Instant day75 = START.plus(Duration.ofDays(75));
        Duration half = Duration.ofMinutes(30);
        assertThat(answer.get("colleague-7@example.com").busy()).containsExactly(
                Interval.of(START, half),
                new Interval(day75.minus(half), day75.plus(half)),
                new Interval(HUNDRED_FIFTY_DAYS.end().minus(half), HUNDRED_FIFTY_DAYS.end()));
    }

    @Test
    void calendarGoogleCannotShowIsUnknownNeverFree() {
        Map<String, FreeBusy> answer = busyTimes.busyTimes(Set.of("hidden@partner.example", "ada@example.com"), ONE_WEEK);

        assertThat(answer.get("hidden@partner.example").isKnown()).isFalse();
        assertThat(answer.get("hidden@partner.example").unknownReason()).contains("notFound");
        assertThat(answer.get("ada@example.com").isKnown()).isTrue();
    }

    @Test
    void calendarUnknownInOneChunkOfTimeIsUnknownForTheWholePeriod() {
        Map<String, FreeBusy> answer = busyTimes.busyTimes(Set.of("late-hidden@partner.example"), HUNDRED_FIFTY_DAYS);

        assertThat(answer.get("late-hidden@partner.example"))
                .isEqualTo(FreeBusy.unknown("late-hidden@partner.example", "notFound"));
    }

    @Test
    void asksGoogleNothingForNoCalendars() {
        Map<String, FreeBusy> answer = busyTimes.busyTimes(Set.of(), ONE_WEEK);

        assertThat(answer).isEmpty();
        google.verify(0, postRequestedFor(urlEqualTo(FREE_BUSY_URL)));
    }

    private static Set<String> colleagues(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "colleague-" + i + "@example.com")
                .collect(Collectors.toSet());
    }
}
