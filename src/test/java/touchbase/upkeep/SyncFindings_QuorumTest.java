package touchbase.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import touchbase.booking.Attendee;
import touchbase.booking.CalendarEvent;
import touchbase.booking.Occurrence;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.fakes.InMemoryColleagues;
import touchbase.fakes.InMemoryTouchBases;

/** A group's occurrence counts as declined only when fewer than its quorum can still come. */
class SyncFindings_QuorumTest {

    private static final ZonedDateTime TUESDAY = ZonedDateTime.of(2026, 2, 10, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final List<String> MEMBERS = List.of("ana@example.com", "ben@example.com", "cleo@example.com",
            "dev@example.com");

    private final InMemoryColleagues colleagues = new InMemoryColleagues();
    private final TouchBase series = TouchBase.pending("s-1", "me", "ana", SeriesRule.of(Cadence.weekly().on(
            TUESDAY.getDayOfWeek()), TUESDAY.toLocalDate()), TUESDAY, Duration.ofMinutes(30), true,
            Instant.parse("2026-02-01T00:00:00Z")).forGroup("g-1");
    private final Occurrence occurrence = new Occurrence("s-1", TUESDAY, TUESDAY, Duration.ofMinutes(30), Optional.empty());

    private SyncFindings findings(int declining) {
        colleagues.save("me", Colleague.of("ana", "ana@example.com", "Ana", ZoneId.of("Europe/Berlin"), Cadence.weekly()));
        SyncFindings findings = new SyncFindings(new InMemoryTouchBases(), List.of(series), colleagues, "me",
                Map.of("g-1", new SyncFindings.Quorum(Set.copyOf(MEMBERS), 3)));
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            attendees.add(new Attendee(MEMBERS.get(i), i < declining ? Attendee.Response.DECLINED
                    : Attendee.Response.ACCEPTED));
        }
        findings.read(List.of(new CalendarEvent("ev_20260210T090000Z", CalendarEvent.Status.CONFIRMED,
                Optional.of("ev"), Optional.of(TUESDAY), Optional.of(TUESDAY.plusMinutes(30)), Optional.of(TUESDAY),
                List.of(), Optional.of("s-1"), attendees, 1, Optional.empty())));
        return findings;
    }

    @Test
    void oneDeclineLeavesTheGroupsOccurrenceWhereItIs() {
        Optional<Finding> finding = findings(1).declineOf(series, occurrence,
                Colleague.of("ana", "ana@example.com", "Ana", ZoneId.of("Europe/Berlin"), Cadence.weekly()));

        assertThat(finding).isEmpty();
    }

    @Test
    void declinesBelowTheQuorumMoveIt() {
        Optional<Finding> finding = findings(2).declineOf(series, occurrence,
                Colleague.of("ana", "ana@example.com", "Ana", ZoneId.of("Europe/Berlin"), Cadence.weekly()));

        assertThat(finding).isPresent();
        assertThat(finding.get().reason()).contains("2 of 4 members");
    }
}
