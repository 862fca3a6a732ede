package touchbase.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

/**
 * The feed and Touchbase agree: over a year, the occurrences that ical4j and biweekly each expand the
 * feed to are exactly the occurrences Touchbase planned, across daylight-saving changes in London
 * (29 March and 25 October 2026) and New York (8 March and 1 November 2026), with skipped and moved
 * occurrences, a series ended by a reschedule (UNTIL) and a cancelled one.
 */
class FeedOccurrencesTest {

    private static final Instant FROM = FeedWorld.START;
    private static final Instant TO = FROM.plus(365, ChronoUnit.DAYS);

    private final FeedWorld world = new FeedWorld();
    private final Colleague ana = world.colleague(FeedWorld.ME, "Ana Ortiz", "ana@example.com");
    private final Colleague ben = world.colleague(FeedWorld.ME, "Ben Okafor", "ben@example.com");
    private final Colleague cem = world.colleague(FeedWorld.ME, "Cem Yılmaz", "cem@example.com");
    private final Colleague dee = world.colleague(FeedWorld.ME, "Dee Park", "dee@example.com");

    @Test
    void aWeeklySeriesAcrossLondonsClockChangesExpandsToThePlannedOccurrences() throws Exception {
        TouchBase weekly = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");

        assertAgree(List.of(weekly));
    }

    @Test
    void skippedAndMovedOccurrencesAreLeftOutAndMovedInBothReaders() throws Exception {
        TouchBase weekly = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        world.skip(weekly, "2026-03-31T09:00");
        world.move(weekly, "2026-03-24T09:00", "2026-03-26T15:30");
        world.move(weekly, "2026-10-27T09:00", "2026-10-28T08:00");

        Map<String, List<Instant>> expanded = assertAgree(List.of(weekly));

        List<Instant> starts = expanded.get(weekly.iCalUid().orElseThrow());
        assertThat(starts).doesNotContain(at(weekly, "2026-03-31T09:00"), at(weekly, "2026-03-24T09:00"))
                .contains(at(weekly, "2026-03-26T15:30"), at(weekly, "2026-10-28T08:00"));
    }

    @Test
    void aSeriesInNewYorkEndedByARescheduleStopsAtItsUntil() throws Exception {
        TouchBase fortnightly = world.booked(FeedWorld.ME, ben, FeedWorld.NEW_YORK, "2026-02-26T16:30",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
        Instant cut = at(fortnightly, "2026-06-04T16:30");
        TouchBase ended = world.update(fortnightly.withRule(fortnightly.rule().endingBefore(cut), world.clock.instant())
                .withStatus(TouchBase.Status.ENDED, Optional.of("rescheduled"), world.clock.instant()));
        TouchBase replacement = world.booked(FeedWorld.ME, ben, FeedWorld.NEW_YORK, "2026-06-05T11:00",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");

        Map<String, List<Instant>> expanded = assertAgree(List.of(ended, replacement));

        assertThat(expanded.get(ended.iCalUid().orElseThrow())).last().isEqualTo(at(ended, "2026-05-21T16:30"));
    }

    @Test
    void monthlyAndQuarterlySeriesOnNthWeekdaysExpandTheSameWay() throws Exception {
        TouchBase monthly = world.booked(FeedWorld.ME, cem, FeedWorld.LONDON, "2026-03-11T14:00", "FREQ=MONTHLY;BYDAY=2WE");
        TouchBase quarterly = world.booked(FeedWorld.ME, dee, FeedWorld.NEW_YORK, "2026-03-31T10:00",
                "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TU");

        assertAgree(List.of(monthly, quarterly));
    }

    @Test
    void aCancelledSeriesExpandsToNothingAndAPendingOneIsNotListed() throws Exception {
        TouchBase kept = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        TouchBase cancelled = world.booked(FeedWorld.ME, ben, FeedWorld.LONDON, "2026-03-12T10:00", "FREQ=WEEKLY;BYDAY=TH");
        world.update(cancelled.withStatus(TouchBase.Status.CANCELLED, Optional.of("cancelled by you"), world.clock.instant()));
        world.pending(FeedWorld.ME, cem, "2026-03-16T10:00");

        String feed = world.feedText();

        assertThat(Expansions.ical4j(feed, FROM, TO)).containsOnlyKeys(kept.iCalUid().orElseThrow());
        assertThat(Expansions.biweekly(feed, FROM, TO)).containsOnlyKeys(kept.iCalUid().orElseThrow());
        assertThat(feed).contains("UID:" + cancelled.iCalUid().orElseThrow()).contains("STATUS:CANCELLED");
    }

    /** Both readers expand the feed to what Touchbase planned for each series; answers the expansion. */
    private Map<String, List<Instant>> assertAgree(List<TouchBase> series) throws Exception {
        String feed = world.feedText();
        Map<String, List<Instant>> byIcal4j = Expansions.ical4j(feed, FROM, TO);
        Map<String, List<Instant>> byBiweekly = Expansions.biweekly(feed, FROM, TO);
        for (TouchBase one : series) {
            String uid = one.iCalUid().orElseThrow();
            List<Instant> planned = world.planned(one, FROM, TO);
            assertThat(planned).as("Touchbase plans occurrences of %s", one.rrule()).isNotEmpty();
            assertThat(byIcal4j.get(uid)).as("ical4j's expansion of %s", one.rrule()).isEqualTo(planned);
            assertThat(byBiweekly.get(uid)).as("biweekly's expansion of %s", one.rrule()).isEqualTo(planned);
        }
        return byIcal4j;
    }

    private static Instant at(TouchBase series, String local) {
        return LocalDateTime.parse(local).atZone(series.firstStart().getZone()).toInstant();
    }
}
