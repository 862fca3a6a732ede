package touchbase.upkeep;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.booking.Occurrence;
import touchbase.colleagues.GroupBook;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

/**
 * How a recheck keeps a coffee roulette's pair meetings: each is a touch-base held once, a single
 * Google event inviting the pair. One that a member declined is flagged where it is (the rest of the
 * round is not moved); one that now clashes for the account or for either member (their free/busy,
 * the meeting's own time aside), lies outside a member's working hours, or breaks the account's
 * working hours or caps (counting the touch-bases held around it) moves to the start nearest to it in
 * its roulette period (its week or month) that is free for the account and the whole pair, by the
 * rules the roulette placed it with ({@link touchbase.planning.FreeSlotFinder#nearestForGroup} with
 * everyone needed), or is flagged when none is. A pair meeting is never skipped, and one that has
 * begun is never touched.
 */
final class PairMeetings {

    private PairMeetings() {
    }

    /**
     * Who meets in each roulette pair meeting among {@code active} held after {@code now} and before
     * {@code horizon}, by series id (a pair with fewer than two colleagues left is not rechecked).
     */
    static Map<String, Lookahead.Members> of(Optional<GroupBook> groups, String accountId, List<TouchBase> active,
            Map<String, List<Occurrence>> occurrences, Instant now, Instant horizon) {
        Map<String, Lookahead.Members> pairs = new HashMap<>();
        groups.ifPresent(book -> active.stream()
                .filter(series -> series.isSingle() && series.isGroup())
                .filter(series -> occurrences.getOrDefault(series.id(), List.of()).stream().anyMatch(
                        o -> o.start().toInstant().isAfter(now) && o.start().toInstant().isBefore(horizon)))
                .forEach(series -> book.pairOf(accountId, series.id()).filter(pair -> pair.size() >= 2)
                        .ifPresent(pair -> pairs.put(series.id(), new Lookahead.Members(pair, pair.size())))));
        return pairs;
    }

    /** Every member of every pair, for the one free/busy read of the recheck. */
    static List<Colleague> everyone(Map<String, Lookahead.Members> pairs) {
        return pairs.values().stream().flatMap(pair -> pair.all().stream()).toList();
    }

    /** Decides about the pair meeting if it lies ahead within {@code horizon}; the outcomes are not stored yet. */
    static Repairs.OfSeries recheck(TouchBase series, Lookahead.Members pair, Lookahead ahead, SyncFindings findings,
            Repairs repairs, Instant horizon) {
        Repairs.OfSeries repaired = repairs.of(series);
        for (Occurrence occurrence : ahead.upcoming(series, repairs.now(), horizon)) {
            findings.pairDeclineOf(series, pair.all())
                    .or(() -> ahead.groupClash(occurrence, pair, repairs.buffer()))
                    .or(() -> pair.all().stream().flatMap(member -> Recheck.outsideHours(occurrence, member).stream())
                            .findFirst())
                    .or(() -> repairs.againstYourSettings(occurrence))
                    .ifPresent(finding -> repaired.apply(occurrence,
                            repairs.decideGroup(series, occurrence, pair, finding, false)));
        }
        return repaired;
    }
}
