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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;
import touchbase.account.changes.AccountChanges;
import touchbase.account.changes.AccountMemo;

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
    private final Optional<AccountMemo<Standings>> memo;

    /**
     * Longest a computed list is kept although nothing of the account changed and no touch-base started:
     * a meeting read earlier with a start in the future counts once it began, and the look-back moves on.
     */
    public static final Duration KEPT_AT_MOST = Duration.ofSeconds(60);
    /** How far the occurrences of a series are expanded at a time, looking for the last and the next. */
    private static final Duration STEP = Duration.ofDays(400);

    public Relationships(Colleagues colleagues, TouchBases touchBases, Clock clock) {
        this(colleagues, touchBases, Optional.empty(), clock);
    }

    public Relationships(Colleagues colleagues, TouchBases touchBases, Optional<LastContacts> lastContacts,
            Clock clock) {
        this(colleagues, touchBases, lastContacts, clock, Optional.empty());
    }

    private Relationships(Colleagues colleagues, TouchBases touchBases, Optional<LastContacts> lastContacts,
            Clock clock, Optional<AccountChanges> changes) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.lastContacts = Objects.requireNonNull(lastContacts, "lastContacts must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.memo = changes.map(c -> new AccountMemo<>(c, Standings::validUntil));
    }

    /**
     * The same, keeping each account's list (see {@link #forAccount}) while {@code changes} says none of its
     * data changed, until its next touch-base starts, someone becomes (more) overdue, or {@link #KEPT_AT_MOST}.
     */
    public Relationships keptUntilChangedIn(AccountChanges changes) {
        return new Relationships(colleagues, touchBases, lastContacts, clock, Optional.of(changes));
    }

    /** An account's relationships as read at one instant, and until when they stand as they are. */
    private record Standings(List<Relationship> all, Instant validUntil) {
    }

    /**
     * One per colleague, most overdue first (the longest past due), then the longest without contact, then by
     * name. When kept, the same list instance is answered for as long as it stands.
     */
    public List<Relationship> forAccount(String accountId) {
        Instant now = clock.instant();
        return memo.map(m -> m.get(accountId, now, () -> read(accountId, now)))
                .orElseGet(() -> read(accountId, now)).all();
    }

    private Standings read(String accountId, Instant now) {
        Contacts contacts = contacts(accountId);
        Map<String, List<TouchBase>> series = touchBases.forAccount(accountId).stream()
                .collect(Collectors.groupingBy(TouchBase::colleagueId));
        Map<String, List<OccurrenceChange>> changes = touchBases.changesOfAccount(accountId);
        Set<String> pending = series.values().stream().flatMap(List::stream)
                .anyMatch(s -> s.status() == TouchBase.Status.FAILED) ? touchBases.seriesWithPendingWrites(accountId)
                : Set.of();
        Predicate<TouchBase> live = s -> LiveSeries.isLive(s, pending);
        Instant[] validUntil = {now.plus(KEPT_AT_MOST)};
        List<Relationship> all = colleagues.all(accountId).stream()
                .map(colleague -> {
                    Read read = of(colleague, series.getOrDefault(colleague.id(), List.of()), changes, contacts, now,
                            live);
                    validUntil[0] = earliest(validUntil[0], read.stableUntil());
                    return read.relationship();
                })
                .sorted(Comparator.comparing((Relationship r) -> -r.overdueDays())
                        .thenComparing((Relationship r) -> !r.overdue())
                        .thenComparing(r -> r.lastContact().map(c -> c.at().toInstant()).orElse(Instant.MIN))
                        .thenComparing(r -> r.colleague().displayName()))
                .toList();
        return new Standings(all, validUntil[0]);
    }

    /** @throws NotFound for an unknown colleague */
    public Relationship forColleague(String accountId, String colleagueId) {
        Colleague colleague = colleagues.find(accountId, colleagueId)
                .orElseThrow(() -> new NotFound("colleague " + colleagueId));
        List<TouchBase> series = touchBases.forColleague(accountId, colleagueId);
        Map<String, List<OccurrenceChange>> changes = series.stream()
                .collect(Collectors.toMap(TouchBase::id, s -> touchBases.changes(accountId, s.id())));
        return of(colleague, series, changes, contacts(accountId), clock.instant(),
                s -> LiveSeries.isLive(touchBases, s)).relationship();
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

    /** A relationship as it stands at one instant, and the instant before which it stands so. */
    private record Read(Relationship relationship, Instant stableUntil) {
    }

    /** The relationship with a colleague from their series (oldest first) and those series' changes. */
    private Read of(Colleague colleague, List<TouchBase> all, Map<String, List<OccurrenceChange>> changes,
            Contacts contacts, Instant now, Predicate<TouchBase> live) {
        Optional<ZonedDateTime> lastHeld = Optional.empty();
        Optional<ZonedDateTime> next = Optional.empty();
        for (TouchBase series : all) {
            List<OccurrenceChange> its = changes.getOrDefault(series.id(), List.of());
            if (series.googleEventId().isPresent()) {
                lastHeld = latest(lastHeld, lastHeldBefore(series, its, series.isActive() ? now
                        : earliest(now, series.updatedAt())));
            }
            if (series.isActive()) {
                next = earliestOf(next, SeriesOccurrences.heldBetween(series, its, now, now.plus(STEP)).stream()
                        .map(Occurrence::start).findFirst());
            }
        }
        Optional<TouchBase> current = all.stream().filter(live).findFirst()
                .or(() -> all.stream().max(Comparator.comparing(TouchBase::createdAt)));
        boolean active = all.stream().anyMatch(TouchBase::isActive);
        Cadence cadence = current.filter(live)
                .map(s -> s.rule().cadence())
                .orElse(colleague.cadence());
        Optional<LastContact> last = LastContact.later(
                lastHeld.map(held -> new LastContact(held, LastContact.Kind.TOUCH_BASE, Optional.empty())),
                contacts.of(colleague));
        Duration period = Duration.ofDays(periodDays(cadence.kind()) + contacts.graceDays());
        boolean overdue = !colleague.paused() && !active
                && last.map(contact -> contact.at().toInstant().isBefore(now.minus(period))).orElse(false);
        long overdueDays = overdue ? Duration.between(last.get().at().toInstant(), now.minus(period)).toDays() : 0;
        Relationship relationship = new Relationship(colleague, lastHeld, last, next, cadence.describe(), overdue,
                overdueDays, attention(colleague, current), current);
        Instant stable = next.map(ZonedDateTime::toInstant).orElse(Instant.MAX);
        if (!colleague.paused() && !active && last.isPresent()) {
            Instant due = last.get().at().toInstant().plus(period);
            stable = earliest(stable, overdue ? due.plus(Duration.ofDays(overdueDays + 1)) : due);
        }
        return new Read(relationship, stable);
    }

    /** The start of the series' latest held occurrence before {@code until}, looking back a step at a time. */
    private static Optional<ZonedDateTime> lastHeldBefore(TouchBase series, List<OccurrenceChange> changes,
            Instant until) {
        Instant first = series.firstStart().toInstant();
        for (Instant to = until; to.isAfter(first); to = to.minus(STEP)) {
            List<Occurrence> held = SeriesOccurrences.heldBetween(series, changes, latestOf(first, to.minus(STEP)), to);
            if (!held.isEmpty()) {
                return Optional.of(held.get(held.size() - 1).start());
            }
        }
        return Optional.empty();
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
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
