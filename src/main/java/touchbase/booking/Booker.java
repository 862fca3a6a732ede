package touchbase.booking;

import touchbase.account.SettingsLookup;
import touchbase.colleagues.Colleagues;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.domain.TouchbaseException;
import touchbase.planning.OccurrenceStatus;
import touchbase.planning.Plan;
import touchbase.planning.Proposal;
import touchbase.planning.ProposedOccurrence;

/**
 * The book use case. Booking only decides and stores: the new series (pending), the occurrences the
 * planner moved or skipped, and the outbox writes that put them on Google (insert the series, its
 * skipped occurrences left out of it as EXDATE, then one move each), all in one {@link TouchBases#save}. The {@link OutboxWorker} carries the
 * writes out; {@code wakeWorker} tells it there is work. One live series per colleague is kept by
 * the store ({@link TouchBases#save} refuses a second with a {@link Conflict}), not by this class,
 * so bookings that race, on one instance or several, end with one series and an
 * {@link BookingResult.AlreadyBooked} for the others.
 */
public final class Booker {

    private final Colleagues colleagues;
    private final SettingsLookup settings;
    private final TouchBases touchBases;
    private final Proposals proposals;
    private final Clock clock;
    private final Runnable wakeWorker;

    public Booker(Colleagues colleagues, SettingsLookup settings, TouchBases touchBases, Proposals proposals,
            Clock clock, Runnable wakeWorker) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.proposals = Objects.requireNonNull(proposals, "proposals must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.wakeWorker = Objects.requireNonNull(wakeWorker, "wakeWorker must not be null");
    }

    /** {@link #book(String, String, Optional, Optional, boolean)} without consent to a stretched time. */
    public BookingResult book(String accountId, String colleagueId, Optional<ZonedDateTime> start,
            Optional<String> rrule) {
        return book(accountId, colleagueId, start, rrule, false);
    }

    /**
     * Books a touch-base series with one colleague. Without {@code start} the planner chooses the
     * slot (with {@code rrule}, on that rule's day); with {@code start} the series starts there, on
     * {@code rrule} or the colleague's cadence pinned to that day, and if the planner would propose
     * that very slot its moved and skipped occurrences are kept too. A slot the planner chose outside
     * working hours (a stretch, for people who share none) is booked only with {@code acceptStretch}.
     *
     * @throws NotFound for an unknown colleague
     * @throws InvalidInput for a start in the past or not on the rule's day ({@code start}), or a rule
     *     that does not parse ({@code rrule})
     * @throws StretchNeedsConsent for a stretched slot without {@code acceptStretch}
     */
    public BookingResult book(String accountId, String colleagueId, Optional<ZonedDateTime> start,
            Optional<String> rrule, boolean acceptStretch) {
        Colleague colleague = colleagues.find(accountId, colleagueId)
                .orElseThrow(() -> new NotFound("colleague " + colleagueId));
        Optional<TouchBase> live = LiveSeries.of(touchBases, accountId, colleagueId);
        if (live.isPresent()) {
            return new BookingResult.AlreadyBooked(live.get());
        }
        if (colleague.paused()) {
            return new BookingResult.NotPlaced(colleagueId, colleague.displayName() + " is paused: resume them to book");
        }
        Optional<Cadence> rule = rrule.filter(text -> !text.isBlank()).map(Booker::parseRule);
        if (start.isEmpty()) {
            Colleague planned = rule.map(colleague::withCadence).orElse(colleague);
            return bookFirstProposal(accountId, proposals.plan(accountId, List.of(planned)), colleagueId,
                    acceptStretch);
        }
        return bookAt(accountId, colleague, start.get(), rule, acceptStretch);
    }

    private BookingResult bookAt(String accountId, Colleague colleague, ZonedDateTime start, Optional<Cadence> rule,
            boolean acceptStretch) {
        AccountSettings account = settings.of(accountId);
        ZonedDateTime first = FirstStart.checked(start, account.zone(), clock.instant());
        SeriesRule seriesRule = SeriesRule.of(rule.orElse(colleague.cadence()), first.toLocalDate());
        if (!seriesRule.fallsOn(first.toLocalDate())) {
            throw new InvalidInput("start", first.toLocalDate() + " is a "
                    + first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " but the series meets " + seriesRule.describe());
        }
        Optional<Proposal.Placed> same = placed(proposals.plan(accountId,
                List.of(colleague.withCadence(seriesRule.cadence()))), colleague.id())
                .filter(proposal -> proposal.firstStart().toInstant().equals(first.toInstant()));
        if (same.isPresent()) {
            return save(accountId, consented(same.get(), acceptStretch));
        }
        Optional<String> outside = outsideHours(colleague, account, first);
        if (outside.isPresent() && !acceptStretch) {
            throw new StretchNeedsConsent(colleague.displayName(), outside.get());
        }
        return save(accountId, colleague.id(), seriesRule, first, List.of(), account);
    }

    /**
     * Who a chosen start (an alternative, or a time typed in) puts outside their working hours, in
     * words: such a time needs the same consent as a stretch the planner proposes.
     */
    private static Optional<String> outsideHours(Colleague colleague, AccountSettings account, ZonedDateTime first) {
        Instant start = first.toInstant();
        Instant end = first.plus(account.defaultDuration()).toInstant();
        List<String> who = new ArrayList<>();
        if (!account.workingHours().contains(start, end)) {
            who.add("you at " + first.withZoneSameInstant(account.zone()).toLocalTime() + " " + account.zone().getId());
        }
        if (!colleague.hours().contains(start, end)) {
            who.add(colleague.displayName() + " at " + first.withZoneSameInstant(colleague.zone()).toLocalTime() + " "
                    + colleague.zone().getId());
        }
        return who.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", who));
    }

    private static Proposal.Placed consented(Proposal.Placed placed, boolean acceptStretch) {
        if (placed.isStretch() && !acceptStretch) {
            throw new StretchNeedsConsent(placed.colleague().displayName(), placed.stretch().get().words());
        }
        return placed;
    }

    /** Plans every active colleague without a live series together and books each one placed. */
    public List<BookingResult> bookAll(String accountId) {
        Plan plan = proposals.plan(accountId);
        List<BookingResult> results = new ArrayList<>();
        for (Proposal proposal : plan.proposals()) {
            if (proposal instanceof Proposal.Placed placed && placed.isStretch()) {
                results.add(new BookingResult.NotPlaced(placed.colleague().id(), "needs your consent, as the time "
                        + "lies outside working hours: book " + placed.colleague().displayName() + " alone to agree; "
                        + placed.reason()));
            } else if (proposal instanceof Proposal.Placed placed) {
                Optional<TouchBase> live = LiveSeries.of(touchBases, accountId, placed.colleague().id());
                results.add(live.<BookingResult>map(BookingResult.AlreadyBooked::new)
                        .orElseGet(() -> save(accountId, placed)));
            } else {
                results.add(new BookingResult.NotPlaced(proposal.colleague().id(), proposal.reason()));
            }
        }
        return results;
    }

    private BookingResult bookFirstProposal(String accountId, Plan plan, String colleagueId, boolean acceptStretch) {
        Optional<Proposal.Placed> placed = placed(plan, colleagueId);
        if (placed.isPresent()) {
            return save(accountId, consented(placed.get(), acceptStretch));
        }
        String reason = plan.forColleague(colleagueId).map(Proposal::reason).orElse("the planner made no proposal");
        return new BookingResult.NotPlaced(colleagueId, reason);
    }

    private static Optional<Proposal.Placed> placed(Plan plan, String colleagueId) {
        return plan.forColleague(colleagueId)
                .filter(Proposal.Placed.class::isInstance)
                .map(Proposal.Placed.class::cast);
    }

    private BookingResult save(String accountId, Proposal.Placed placed) {
        return save(accountId, placed, placed.colleague().id(), Optional.empty());
    }

    /**
     * Books a group's placed proposal as one series of the group, its first member as the series'
     * colleague; a group with a live series already is answered with it.
     */
    BookingResult bookGroup(String accountId, String groupId, String firstMemberId, Proposal.Placed placed) {
        Optional<TouchBase> live = LiveSeries.ofGroup(touchBases, accountId, groupId);
        return live.<BookingResult>map(BookingResult.AlreadyBooked::new)
                .orElseGet(() -> save(accountId, placed, firstMemberId, Optional.of(groupId)));
    }

    private BookingResult save(String accountId, Proposal.Placed placed, String colleagueId, Optional<String> groupId) {
        String seriesId = UUID.randomUUID().toString();
        List<OccurrenceChange> changes = new ArrayList<>();
        for (ProposedOccurrence occurrence : placed.seriesOccurrences()) {
            if (occurrence.status() == OccurrenceStatus.MOVED) {
                changes.add(OccurrenceChange.moved(seriesId, occurrence.regularStart(), occurrence.start(),
                        occurrence.note()));
            } else if (occurrence.status() == OccurrenceStatus.SKIPPED) {
                changes.add(OccurrenceChange.skipped(seriesId, occurrence.regularStart(), occurrence.note()));
            }
        }
        return save(seriesId, accountId, colleagueId, groupId,
                SeriesRule.of(placed.cadence(), placed.firstStart().toLocalDate()), placed.firstStart(), changes,
                settings.of(accountId));
    }

    private BookingResult save(String accountId, String colleagueId, SeriesRule rule, ZonedDateTime first,
            List<OccurrenceChange> changes, AccountSettings account) {
        return save(UUID.randomUUID().toString(), accountId, colleagueId, Optional.empty(), rule, first, changes,
                account);
    }

    private BookingResult save(String seriesId, String accountId, String colleagueId, Optional<String> groupId,
            SeriesRule rule, ZonedDateTime first, List<OccurrenceChange> changes, AccountSettings account) {
        Instant now = clock.instant();
        TouchBase pending = TouchBase.pending(seriesId, accountId, colleagueId, rule, first, account.defaultDuration(),
                account.addMeetLink(), now);
        TouchBase series = groupId.map(pending::forGroup).orElse(pending);
        List<CalendarWrite> writes = new ArrayList<>();
        writes.add(OutboxEntries.insert(accountId, seriesId, now));
        for (OccurrenceChange change : changes) {
            if (change.kind() == OccurrenceChange.Kind.MOVED) {
                writes.add(OutboxEntries.move(accountId, seriesId, change.originalStart(), change.newStart().orElseThrow(),
                        now));
            }
        }
        try {
            touchBases.save(series, changes, writes);
        } catch (Conflict raced) {
            return groupId.map(group -> LiveSeries.ofGroup(touchBases, accountId, group))
                    .orElseGet(() -> LiveSeries.of(touchBases, accountId, colleagueId))
                    .<BookingResult>map(BookingResult.AlreadyBooked::new).orElseThrow(() -> raced);
        }
        wakeWorker.run();
        return new BookingResult.Booked(series, changes);
    }

    private static Cadence parseRule(String text) {
        try {
            return Cadence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("rrule", e.getMessage());
        }
    }

    /**
     * The planner proposed a time outside working hours (the two people share none), and the person
     * has not agreed to it: book again with {@code acceptStretch}. The web layer answers 422 naming
     * the field {@link #FIELD}.
     */
    public static final class StretchNeedsConsent extends TouchbaseException {

        public static final String FIELD = "acceptStretch";

        public StretchNeedsConsent(String colleagueName, String stretchWords) {
            super("the proposed time for " + colleagueName + " lies outside working hours (" + stretchWords
                    + "); book again with \"acceptStretch\": true to agree to it");
        }
    }
}
