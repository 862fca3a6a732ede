package touchbase.upkeep;

import touchbase.booking.Attendee;
import touchbase.booking.CalendarEvent;
import touchbase.booking.Occurrence;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * What a calendar sync says about the account's active series: occurrences the colleague declined,
 * series they declined as a whole, and series or occurrences deleted directly in Google Calendar.
 * Events are matched to series by Google event id (an instance by its recurringEventId) or by the
 * series id Touchbase stores on its events.
 */
final class SyncFindings {

    /** A group's members (emails in lower case) and how many of them must be able to come. */
    record Quorum(Set<String> emails, int needed) {
    }

    private final TouchBases touchBases;
    private final Colleagues colleagues;
    private final String accountId;
    private final Map<String, TouchBase> byEventId = new HashMap<>();
    private final Map<String, TouchBase> bySeriesId = new HashMap<>();
    private final Map<String, CalendarEvent> instanceEvents = new HashMap<>();
    private final Map<String, TouchBase> cancelledInstanceSeries = new LinkedHashMap<>();
    private final Map<String, ZonedDateTime> cancelledInstanceStarts = new LinkedHashMap<>();
    private final Set<TouchBase> deletedSeries = new LinkedHashSet<>();
    private final Set<TouchBase> declinedSeries = new LinkedHashSet<>();
    private final Map<TouchBase, String> meetLinks = new LinkedHashMap<>();
    /** The single events (roulette pair meetings) the sync brought, by series id. */
    private final Map<String, CalendarEvent> singleEvents = new HashMap<>();
    private final Map<String, Quorum> quorums;

    SyncFindings(TouchBases touchBases, List<TouchBase> active, Colleagues colleagues, String accountId) {
        this(touchBases, active, colleagues, accountId, Map.of());
    }

    /** {@code quorums} by group id: a group's series counts as declined only when fewer than its quorum can come. */
    SyncFindings(TouchBases touchBases, List<TouchBase> active, Colleagues colleagues, String accountId,
            Map<String, Quorum> quorums) {
        this.quorums = quorums;
        this.touchBases = touchBases;
        this.colleagues = colleagues;
        this.accountId = accountId;
        for (TouchBase series : active) {
            series.googleEventId().ifPresent(id -> byEventId.put(id, series));
            bySeriesId.put(series.id(), series);
        }
    }

    void read(List<CalendarEvent> events) {
        for (CalendarEvent event : events) {
            Optional<TouchBase> series = seriesOf(event);
            if (series.isEmpty()) {
                continue;
            }
            if (event.recurringEventId().isPresent() && event.originalStart().isPresent()) {
                String key = key(series.get(), event.originalStart().get());
                if (event.cancelled()) {
                    cancelledInstanceSeries.put(key, series.get());
                    cancelledInstanceStarts.put(key, event.originalStart().get());
                } else {
                    instanceEvents.put(key, event);
                }
            } else if (event.recurringEventId().isEmpty()) {
                if (event.cancelled()) {
                    deletedSeries.add(series.get());
                    continue;
                }
                if (series.get().meetUri().isEmpty() && event.meetUri().isPresent()) {
                    meetLinks.put(series.get(), event.meetUri().get());
                }
                if (series.get().isSingle()) {
                    singleEvents.put(series.get().id(), event);
                } else if (colleagueOf(series.get()).flatMap(c -> declinedBy(series.get(), event, c)).isPresent()) {
                    declinedSeries.add(series.get());
                }
            }
        }
    }

    /**
     * Stores the Meet links Google created after answering an insert (the insert asks for the link but
     * does not wait for it, so booking costs one call); the sync that runs anyway brings them.
     */
    void applyMeetLinks(Instant now) {
        meetLinks.forEach((series, uri) -> touchBases.find(accountId, series.id())
                .filter(current -> current.meetUri().isEmpty())
                .ifPresent(current -> touchBases.save(current.withMeetUri(uri, now), List.of(), List.of())));
    }

    /**
     * Whether the colleague declined this occurrence at its current time: {@link Finding.Declined}, or
     * {@link Finding.DeclinedAgain} when they declined the time it was already moved to.
     */
    Optional<Finding> declineOf(TouchBase series, Occurrence occurrence, Colleague colleague) {
        CalendarEvent event = instanceEvents.get(key(series, occurrence.originalStart()));
        Optional<String> who = event == null ? Optional.empty() : declinedBy(series, event, colleague);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        boolean atCurrentTime = event.start().map(start -> start.toInstant().equals(occurrence.start().toInstant()))
                .orElse(true);
        if (occurrence.isMoved()) {
            return atCurrentTime ? Optional.of(new Finding.DeclinedAgain(who.get())) : Optional.empty();
        }
        return Optional.of(new Finding.Declined(who.get()));
    }

    /**
     * Whether members of a roulette pair meeting (a single event, so no instances) declined it, as the
     * event this sync brought shows: {@link Finding.PairDeclined} naming them.
     */
    Optional<Finding> pairDeclineOf(TouchBase series, List<Colleague> pair) {
        CalendarEvent event = singleEvents.get(series.id());
        if (event == null) {
            return Optional.empty();
        }
        List<String> declined = pair.stream()
                .filter(member -> event.responseOf(member.email()).filter(r -> r == Attendee.Response.DECLINED).isPresent())
                .map(Colleague::displayName).toList();
        return declined.isEmpty() ? Optional.empty() : Optional.of(new Finding.PairDeclined(declined));
    }

    /**
     * Who declined so that the touch-base cannot stand: the colleague; for a group's series, how many
     * members, once fewer than its quorum can still come (declines by fewer leave it where it is).
     */
    private Optional<String> declinedBy(TouchBase series, CalendarEvent event, Colleague colleague) {
        Quorum quorum = series.groupId().map(quorums::get).orElse(null);
        if (quorum == null) {
            return event.responseOf(colleague.email()).filter(r -> r == Attendee.Response.DECLINED)
                    .map(declined -> colleague.displayName());
        }
        long declined = event.attendees().stream().filter(Attendee::declined)
                .filter(attendee -> quorum.emails().contains(attendee.email().toLowerCase(java.util.Locale.ROOT))).count();
        int members = quorum.emails().size();
        return members - declined >= quorum.needed() ? Optional.empty()
                : Optional.of(declined + " of " + members + " members");
    }

    /** Follows deletions made directly in Google Calendar, for series with nothing of their own still queued. */
    List<RecheckReport.Item> applyCancellations(Clock clock) {
        List<RecheckReport.Item> items = new ArrayList<>();
        Instant now = clock.instant();
        for (TouchBase series : deletedSeries) {
            if (touchBases.pendingWrites(series.accountId(), series.id()).isEmpty()) {
                Finding gone = new Finding.Gone(true);
                touchBases.save(series.withStatus(TouchBase.Status.CANCELLED, Optional.of(gone.reason()), now),
                        List.of(), List.of());
                items.add(new RecheckReport.Item(series.id(), series.colleagueId(), Optional.empty(),
                        RecheckReport.Action.CANCELLED_IN_GOOGLE, Optional.empty(), gone.reason()));
            }
        }
        for (Map.Entry<String, TouchBase> entry : cancelledInstanceSeries.entrySet()) {
            TouchBase series = entry.getValue();
            ZonedDateTime original = cancelledInstanceStarts.get(entry.getKey());
            boolean known = touchBases.changes(series.accountId(), series.id()).stream()
                    .anyMatch(change -> change.originalStart().toInstant().equals(original.toInstant())
                            && change.kind() == OccurrenceChange.Kind.SKIPPED);
            if (deletedSeries.contains(series) || known || !touchBases.pendingWrites(series.accountId(), series.id()).isEmpty()) {
                continue;
            }
            Finding gone = new Finding.Gone(false);
            OccurrenceChange skipped = OccurrenceChange.skipped(series.id(), original, gone.reason());
            touchBases.save(series.withStatus(series.status(), series.statusReason(), now), List.of(skipped), List.of());
            items.add(new RecheckReport.Item(series.id(), series.colleagueId(), Optional.of(original),
                    RecheckReport.Action.CANCELLED_IN_GOOGLE, Optional.empty(), gone.reason()));
        }
        return items;
    }

    List<RecheckReport.Item> seriesDeclines() {
        List<RecheckReport.Item> items = new ArrayList<>();
        for (TouchBase series : declinedSeries) {
            Finding declined = new Finding.SeriesDeclined(
                    colleagueOf(series).map(Colleague::displayName).orElse("the colleague"));
            items.add(new RecheckReport.Item(series.id(), series.colleagueId(), Optional.empty(),
                    RecheckReport.Action.SERIES_DECLINED, Optional.empty(), declined.reason()));
        }
        return items;
    }

    private Optional<TouchBase> seriesOf(CalendarEvent event) {
        TouchBase found = byEventId.get(event.recurringEventId().orElse(event.eventId()));
        if (found == null && event.seriesId().isPresent()) {
            found = bySeriesId.get(event.seriesId().get());
        }
        return Optional.ofNullable(found);
    }

    private Optional<Colleague> colleagueOf(TouchBase series) {
        return colleagues.find(accountId, series.colleagueId());
    }

    private static String key(TouchBase series, ZonedDateTime originalStart) {
        return series.id() + "|" + originalStart.toInstant();
    }
}
