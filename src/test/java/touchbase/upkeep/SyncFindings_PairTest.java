package touchbase.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import touchbase.booking.Attendee;
import touchbase.booking.CalendarEvent;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.fakes.InMemoryColleagues;
import touchbase.fakes.InMemoryTouchBases;

/**
 * A coffee roulette's pair meeting is a single event: a member's decline of it names them (to be
 * flagged), and is never read as a decline of a whole series by the group's quorum.
 */
class SyncFindings_PairTest {

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 2, 9, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private final Colleague ana = Colleague.of("ana", "ana@example.com", "Ana", ZoneId.of("Europe/Berlin"),
            Cadence.weekly());
    private final Colleague ben = Colleague.of("ben", "ben@example.com", "Ben", ZoneId.of("Europe/Berlin"),
            Cadence.weekly());
    private final TouchBase pairMeeting = TouchBase.pending("s-1", "me", "ana", SeriesRule.once(Cadence.weekly(), MONDAY),
            MONDAY, Duration.ofMinutes(30), true, Instant.parse("2026-02-01T00:00:00Z")).forGroup("g-1");

    private SyncFindings synced(Attendee.Response anas, Attendee.Response bens) {
        InMemoryColleagues colleagues = new InMemoryColleagues();
        colleagues.save("me", ana);
        colleagues.save("me", ben);
        SyncFindings findings = new SyncFindings(new InMemoryTouchBases(), List.of(pairMeeting), colleagues, "me",
                Map.of("g-1", new SyncFindings.Quorum(Set.of("ana@example.com", "ben@example.com",
                        "cleo@example.com", "dev@example.com"), 3)));
        findings.read(List.of(new CalendarEvent("ev", CalendarEvent.Status.CONFIRMED, Optional.empty(),
                Optional.of(MONDAY), Optional.of(MONDAY.plusMinutes(30)), Optional.empty(), List.of(), Optional.of("s-1"),
                List.of(new Attendee("ana@example.com", anas), new Attendee("ben@example.com", bens)), 1,
                Optional.empty())));
        return findings;
    }

    @Test
    void aMemberWhoDeclinedIsNamedAndTheWholeSeriesIsNotDeclined() {
        SyncFindings findings = synced(Attendee.Response.ACCEPTED, Attendee.Response.DECLINED);

        assertThat(pairMeeting.isSingle()).isTrue();
        assertThat(findings.pairDeclineOf(pairMeeting, List.of(ana, ben))).get()
                .isEqualTo(new Finding.PairDeclined(List.of("Ben")));
        assertThat(findings.seriesDeclines()).isEmpty();
    }

    @Test
    void bothDecliningIsStillThePairMeetingAloneNotTheGroupsSeries() {
        SyncFindings findings = synced(Attendee.Response.DECLINED, Attendee.Response.DECLINED);

        assertThat(findings.pairDeclineOf(pairMeeting, List.of(ana, ben)).map(Finding::reason)).get().asString()
                .startsWith("Ana and Ben declined this pair meeting");
        assertThat(findings.seriesDeclines()).isEmpty();
    }

    @Test
    void withNoDeclineThereIsNoFinding() {
        assertThat(synced(Attendee.Response.ACCEPTED, Attendee.Response.NEEDS_ACTION)
                .pairDeclineOf(pairMeeting, List.of(ana, ben))).isEmpty();
    }
}
