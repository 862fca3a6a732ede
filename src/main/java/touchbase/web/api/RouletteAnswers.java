package touchbase.web.api;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import touchbase.booking.roulette.RouletteBooking;
import touchbase.domain.TouchBase;

/** The JSON answers about a group's coffee roulette: its pair meetings (RFC 3339 starts, the zone apart). */
final class RouletteAnswers {

    private RouletteAnswers() {
    }

    /**
     * One pair meeting: who meets, when (single event, {@code start} with {@code timeZone}: where a recheck moved
     * it, if it did), how it stands on Google.
     */
    record PairingAnswer(String seriesId, LocalDate periodStart, List<String> colleagueIds, ZonedDateTime start,
            String timeZone, long durationMinutes, String status, String statusReason, String googleEventId) {
        static PairingAnswer of(RouletteBooking.Pairing pairing) {
            TouchBase series = pairing.series();
            return new PairingAnswer(pairing.seriesId(), pairing.periodStart(), pairing.colleagueIds(),
                    pairing.start(), pairing.start().getZone().getId(), series.duration().toMinutes(),
                    series.status().wireName(), series.statusReason().orElse(null),
                    series.googleEventId().orElse(null));
        }

        static List<PairingAnswer> all(List<RouletteBooking.Pairing> pairings) {
            return pairings.stream().map(PairingAnswer::of).toList();
        }
    }

    /** A booked round: the group's pair meetings ahead, and the pairs no free time was found for. */
    record RoundAnswer(String groupId, List<PairingAnswer> pairings, List<String> notPlaced) {
    }

    /** A group with its pair meetings. */
    record GroupWithPairings(String id, String name, List<String> colleagueIds, String cadence, String cadenceRule,
            int quorum, boolean roulette, List<PairingAnswer> pairings) {
        static GroupWithPairings of(GroupsApi.GroupAnswer group, List<RouletteBooking.Pairing> pairings) {
            return new GroupWithPairings(group.id(), group.name(), group.colleagueIds(), group.cadence(),
                    group.cadenceRule(), group.quorum(), group.roulette(), PairingAnswer.all(pairings));
        }
    }

    /** The pair meetings cancelled. */
    record Cancelled(String groupId, List<PairingAnswer> cancelled) {
    }
}
