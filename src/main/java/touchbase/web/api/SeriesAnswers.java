package touchbase.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import touchbase.booking.SeriesLookup.SeriesDetail;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;
import touchbase.planning.Plan;
import touchbase.planning.Proposal;
import touchbase.planning.ProposedOccurrence;
import touchbase.upkeep.RecheckReport;

/** Series, plans and rechecks as the JSON API answers them (the configured mapper writes these records). */
public final class SeriesAnswers {

    private SeriesAnswers() {
    }

    /** A series: {@code start} is its first start, {@code timeZone} the zone its rule recurs in. */
    record Series(String id, String colleagueId, String status, String statusReason, String rrule, ZonedDateTime start,
            String timeZone, long durationMinutes, String googleEventId, String iCalUid, String meetLink,
            String replacesSeriesId, Instant createdAt, Instant updatedAt, List<Change> changes,
            @JsonInclude(JsonInclude.Include.NON_NULL) String groupId) {
        static Series of(SeriesDetail detail) {
            return of(detail.series(), detail.changes());
        }

        static Series of(TouchBase s, List<OccurrenceChange> changes) {
            return new Series(s.id(), s.colleagueId(), s.status().wireName(), s.statusReason().orElse(null), s.rrule(),
                    s.firstStart(), s.firstStart().getZone().getId(), s.duration().toMinutes(),
                    s.googleEventId().orElse(null), s.iCalUid().orElse(null), s.meetUri().orElse(null),
                    s.replacesSeriesId().orElse(null), s.createdAt(), s.updatedAt(),
                    changes.stream().map(Change::of).toList(), s.groupId().orElse(null));
        }
    }

    /** One occurrence that differs from the rule: {@code moved} (to {@code newStart}) or {@code skipped}. */
    public record Change(ZonedDateTime originalStart, String kind, ZonedDateTime newStart, String reason) {
        static Change of(OccurrenceChange c) {
            return new Change(c.originalStart(), ColleagueAnswers.wire(c.kind()), c.newStart().orElse(null), c.reason());
        }
    }

    /** The 409 answer to booking a colleague who already has a series. */
    public record AlreadyBooked(String error, String field, String seriesId) {
        static AlreadyBooked of(TouchBase series) {
            return new AlreadyBooked("this colleague already has a touch-base series", "colleagueId", series.id());
        }
    }

    /** A plan; proposals that could not be placed carry only the colleague, {@code placed} and the reason. */
    public record PlanAnswer(ZonedDateTime earliest, ZonedDateTime horizonEnd, List<ProposalAnswer> proposals) {
        static PlanAnswer of(Plan plan) {
            return new PlanAnswer(plan.earliest(), plan.horizonEnd(),
                    plan.proposals().stream().map(ProposalAnswer::of).toList());
        }
    }

    record ProposalAnswer(String colleagueId, String colleague, boolean placed, String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rrule,
            @JsonInclude(JsonInclude.Include.NON_NULL) ZonedDateTime start,
            @JsonInclude(JsonInclude.Include.NON_NULL) String timeZone,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long durationMinutes,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer score,
            @JsonInclude(JsonInclude.Include.NON_NULL) ZonedDateTime firstTouchBase,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean colleagueFreeBusyUnknown,
            @JsonInclude(JsonInclude.Include.NON_NULL) String colleagueFreeBusyReason,
            @JsonInclude(JsonInclude.Include.NON_NULL) StretchAnswer stretch,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<OccurrenceAnswer> occurrences) {
        static ProposalAnswer of(Proposal p) {
            if (p instanceof Proposal.Placed placed) {
                return new ProposalAnswer(p.colleague().id(), p.colleague().email(), true, p.reason(), placed.rrule(),
                        placed.firstStart(), placed.firstStart().getZone().getId(), placed.duration().toMinutes(),
                        placed.score(), placed.firstTouchBase(), placed.colleagueFreeBusyUnknown(),
                        placed.colleagueFreeBusyReason().orElse(null), placed.stretch().map(StretchAnswer::of).orElse(null),
                        placed.occurrences().stream().map(OccurrenceAnswer::of).toList());
            }
            return new ProposalAnswer(p.colleague().id(), p.colleague().email(), p.isPlaced(), p.reason(),
                    null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** A slot outside someone's working hours, booked only with {@code "acceptStretch": true}. */
    public record StretchAnswer(int minutesOutsideHours, List<String> who, String words) {
        static StretchAnswer of(Proposal.Stretch stretch) {
            return new StretchAnswer(stretch.minutesOutsideHours(), stretch.who(), stretch.words());
        }
    }

    public record OccurrenceAnswer(ZonedDateTime regularStart, ZonedDateTime start, String status, String note) {
        static OccurrenceAnswer of(ProposedOccurrence o) {
            return new OccurrenceAnswer(o.regularStart(), o.start(), ColleagueAnswers.wire(o.status()), o.note());
        }
    }

    /** What a recheck found and did; {@code detail} says it in words. */
    public record Recheck(boolean fullSync, int eventsSynced, List<Item> items) {
        record Item(String seriesId, String colleagueId, ZonedDateTime occurrence, String action,
                ZonedDateTime newStart, String detail) {
        }

        static Recheck of(RecheckReport report) {
            return new Recheck(report.fullSync(), report.eventsSynced(), items(report.items()));
        }

        static List<Item> items(List<RecheckReport.Item> items) {
            return items.stream()
                    .map(i -> new Item(i.seriesId(), i.colleagueId(), i.occurrence().orElse(null),
                            ColleagueAnswers.wire(i.action()), i.newStart().orElse(null), i.reason()))
                    .toList();
        }
    }
}
