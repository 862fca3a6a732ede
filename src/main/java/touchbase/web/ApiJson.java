package touchbase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import touchbase.upkeep.Relationship;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;
import touchbase.planning.Plan;
import touchbase.planning.Proposal;

/** How the API writes colleagues, series and proposals as JSON. */
final class ApiJson {

    private ApiJson() {
    }

    static Map<String, Object> colleague(Colleague c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("email", c.email());
        json.put("name", c.displayName());
        json.put("timezone", c.zone().getId());
        json.put("timeZoneSource", c.timeZoneSource().wireName());
        json.put("cadence", c.cadence().describe());
        json.put("cadenceRule", c.cadence().toRRule());
        json.put("priority", c.priority());
        json.put("paused", c.paused());
        json.put("notes", c.notes());
        return json;
    }

    static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> json = colleague(r.colleague());
        json.put("lastTouchBase", r.lastHeld().map(Object::toString).orElse(null));
        json.put("nextTouchBase", r.next().map(Object::toString).orElse(null));
        json.put("overdue", r.overdue());
        json.put("attention", r.attention().orElse(null));
        json.put("seriesId", r.series().map(TouchBase::id).orElse(null));
        return json;
    }

    static Map<String, Object> series(TouchBase s, List<OccurrenceChange> changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("colleagueId", s.colleagueId());
        json.put("status", s.status().wireName());
        json.put("statusReason", s.statusReason().orElse(null));
        json.put("rrule", s.rrule());
        json.put("start", s.firstStart().toString());
        json.put("timeZone", s.firstStart().getZone().getId());
        json.put("durationMinutes", s.duration().toMinutes());
        json.put("googleEventId", s.googleEventId().orElse(null));
        json.put("iCalUid", s.iCalUid().orElse(null));
        json.put("meetLink", s.meetUri().orElse(null));
        json.put("replacesSeriesId", s.replacesSeriesId().orElse(null));
        json.put("changes", changes.stream().map(ApiJson::change).toList());
        return json;
    }

    static Map<String, Object> change(OccurrenceChange c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("originalStart", c.originalStart().toString());
        json.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("newStart", c.newStart().map(Object::toString).orElse(null));
        json.put("reason", c.reason());
        return json;
    }

    static Map<String, Object> plan(Plan plan) {
        return Map.of("earliest", plan.earliest().toString(), "horizonEnd", plan.horizonEnd().toString(),
                "proposals", plan.proposals().stream().map(ApiJson::proposal).toList());
    }

    static Map<String, Object> proposal(Proposal p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("colleagueId", p.colleague().id());
        json.put("colleague", p.colleague().email());
        json.put("placed", p.isPlaced());
        json.put("reason", p.reason());
        if (p instanceof Proposal.Placed placed) {
            json.put("rrule", placed.rrule());
            json.put("start", placed.firstStart().toString());
            json.put("durationMinutes", placed.duration().toMinutes());
            json.put("score", placed.score());
            json.put("firstTouchBase", placed.firstTouchBase().toString());
            json.put("colleagueFreeBusyUnknown", placed.colleagueFreeBusyUnknown());
            json.put("colleagueFreeBusyReason", placed.colleagueFreeBusyReason().orElse(null));
            placed.stretch().ifPresent(stretch -> json.put("stretch", Map.of("minutesOutsideHours",
                    stretch.minutesOutsideHours(), "who", stretch.who(), "words", stretch.words())));
            json.put("occurrences", placed.occurrences().stream().map(o -> {
                Map<String, Object> occurrence = new LinkedHashMap<>();
                occurrence.put("regularStart", o.regularStart().toString());
                occurrence.put("start", o.start().toString());
                occurrence.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
                occurrence.put("note", o.note());
                return occurrence;
            }).toList());
        }
        return json;
    }
}
