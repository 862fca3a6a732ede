package touchbase.upkeep;

import touchbase.booking.LiveSeries;
import touchbase.booking.Occurrence;
import touchbase.booking.SeriesOccurrences;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import touchbase.domain.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * The relationship view: per colleague, the last touch-base held (the latest occurrence that started,
 * of any series that reached Google, honouring skips and moves), the last contact of any kind (that
 * touch-base or a later meeting read by {@link LastContacts}), the next touch-base, the cadence, and
 * "overdue" only when there was contact before, none since within one period of the cadence (7, 14,
 * 31, 62 or 92 days) plus the account's grace, and no series is active: contact was due and did not
 * happen. A colleague never met (just added, say) is not overdue; a paused colleague is never overdue;
 * a paused or failing one says why. Built without {@link LastContacts}, only touch-bases count and
 * there is no grace.
 */
public final class Relationships {

    private final Colleagues colleagues;
    private final TouchBases touchBases;
    private final Optional<LastContacts> lastContacts;
    private final Clock clock;

    public Relationships(Colleagues colleagues, TouchBases touchBases, Clock clock) {
        this(colleagues, touchBases, Optional.empty(), clock);
    }

    public Relationships(Colleagues colleagues, TouchBases touchBases, Optional<LastContacts> lastContacts,
            Clock clock) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.lastContacts = Objects.requireNonNull(lastContacts, "lastContacts must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** One per colleague, most overdue first (the longest past due), then the longest without contact, then by name. */
    public List<Relationship> forAccount(String accountId) {
        Contacts contacts = contacts(accountId);
        Map<String, List<TouchBase>> series = touchBases.forAccount(accountId).stream()
                .collect(Collectors.groupingBy(TouchBase::colleagueId));
        Map<String, List<OccurrenceChange>> changes = touchBases.changesOfAccount(accountId);
        return colleagues.all(accountId).stream()
                .map(colleague -> of(colleague, series.getOrDefault(colleague.id(), List.of()), changes, contacts))
                .sorted(Comparator.comparing((Relationship r) -> -r.overdueDays())
                        .thenComparing((Relationship r) -> !r.overdue())
                        .thenComparing(r -> r.lastContact().map(c -> c.at().toInstant()).orElse(Instant.MIN))
                        .thenComparing(r -> r.colleague().displayName()))
                .toList();
    }

    /** @throws NotFound for an unknown colleague */
    public Relationship forColleague(String accountId, String colleagueId) {
        Colleague colleague = colleagues.find(accountId, colleagueId)
                .orElseThrow(() -> new NotFound("colleague " + colleagueId));
        List<TouchBase> series = touchBases.forColleague(accountId, colleagueId);
        Map<String, List<OccurrenceChange>> changes = series.stream()
                .collect(Collectors.toMap(TouchBase::id, s -> touchBases.changes(accountId, s.id())));
        return of(colleague, series, changes, contacts(accountId));
    }

    /** The meetings read from the calendar, whether to show their titles, and the grace. */
    private record Contacts(Map<String, MeetingLog.LastMeeting> meetings, boolean titles, long graceDays) {
        Optional<LastContact> of(Colleague colleague) {
            return Optional.ofNullable(meetings.get(colleague.email().toLowerCase(Locale.ROOT)))
                    .map(m -> new LastContact(m.start().atZone(colleague.zone()), LastContact.Kind.MEETING,
                            titles ? m.title() : Optional.empty()));
        }
    }

    private Contacts contacts(String accountId) {
        return lastContacts.map(read -> {
            ContactPreferences preferences = read.preferences(accountId);
            return new Contacts(read.latest(accountId), preferences.showMeetingTitles(), preferences.graceDays());
        }).orElse(new Contacts(Map.of(), false, 0));
    }

    /** The relationship with a colleague from their series (oldest first) and those series' changes. */
    private Relationship of(Colleague colleague, List<TouchBase> all, Map<String, List<OccurrenceChange>> changes,
            Contacts contacts) {
        Instant now = clock.instant();
        Optional<ZonedDateTime> lastHeld = Optional.empty();
        Optional<ZonedDateTime> next = Optional.empty();
        for (TouchBase series : all) {
            List<Occurrence> held = SeriesOccurrences.heldBetween(series, changes.getOrDefault(series.id(), List.of()),
                    series.firstStart().toInstant(), now.plus(Duration.ofDays(400)));
            if (series.googleEventId().isPresent()) {
                Instant heldUntil = series.isActive() ? now : earliest(now, series.updatedAt());
                lastHeld = latest(lastHeld, held.stream().map(Occurrence::start)
                        .filter(start -> start.toInstant().isBefore(heldUntil)).reduce((a, b) -> b));
            }
            if (series.isActive()) {
                next = earliestOf(next, held.stream().map(Occurrence::start)
                        .filter(start -> !start.toInstant().isBefore(now)).findFirst());
            }
        }
        Optional<TouchBase> current = all.stream().filter(s -> LiveSeries.isLive(touchBases, s)).findFirst()
                .or(() -> all.stream().max(Comparator.comparing(TouchBase::createdAt)));
        boolean active = all.stream().anyMatch(TouchBase::isActive);
        Cadence cadence = current.filter(s -> LiveSeries.isLive(touchBases, s))
                .map(s -> s.rule().cadence())
                .orElse(colleague.cadence());
        Optional<LastContact> last = LastContact.later(
                lastHeld.map(held -> new LastContact(held, LastContact.Kind.TOUCH_BASE, Optional.empty())),
                contacts.of(colleague));
        Instant due = now.minus(Duration.ofDays(periodDays(cadence.kind()) + contacts.graceDays()));
        boolean overdue = !colleague.paused() && !active
                && last.map(contact -> contact.at().toInstant().isBefore(due)).orElse(false);
        long overdueDays = overdue ? Duration.between(last.get().at().toInstant(), due).toDays() : 0;
        return new Relationship(colleague, lastHeld, last, next, cadence.describe(), overdue, overdueDays,
                attention(colleague, current), current);
    }

    private static Optional<String> attention(Colleague colleague, Optional<TouchBase> current) {
        if (colleague.paused()) {
            return Optional.of("paused: not planned until resumed");
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        TouchBase series = current.get();
        return switch (series.status()) {
            case FAILED -> Optional.of(series.statusReason().orElse("booking failed"));
            case PENDING -> Optional.of("waiting for Google Calendar to confirm the booking");
            case BOOKED -> series.statusReason();
            case CANCELLED, ENDED -> Optional.empty();
        };
    }

    static long periodDays(Cadence.Kind kind) {
        return switch (kind) {
            case WEEKLY -> 7;
            case EVERY_TWO_WEEKS -> 14;
            case MONTHLY -> 31;
            case EVERY_TWO_MONTHS -> 62;
            case QUARTERLY -> 92;
        };
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Optional<ZonedDateTime> latest(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().toInstant().isAfter(a.get().toInstant()) ? b : a;
    }

    private static Optional<ZonedDateTime> earliestOf(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().toInstant().isBefore(a.get().toInstant()) ? b : a;
    }
}
