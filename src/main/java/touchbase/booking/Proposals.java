package touchbase.booking;

import touchbase.account.CalendarAccess;
import touchbase.account.SettingsLookup;
import touchbase.colleagues.Colleagues;
import touchbase.domain.NotFound;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Comparator;
import touchbase.domain.Cadence;
import touchbase.planning.Proposal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.domain.TouchBase;
import touchbase.planning.BookedOccurrence;
import touchbase.planning.Plan;
import touchbase.planning.PlanningRequest;
import touchbase.planning.PlanningRules;
import touchbase.planning.PlanningService;
import touchbase.planning.SlotPlanner;

/**
 * The plan use case: proposals from the planner for every active colleague without a live series
 * (or for chosen colleagues), with the account's settings as rules and the occurrences of its
 * active series counted against the caps and its busy time.
 */
public final class Proposals {

    /** Start times snap to quarter hours. */
    static final Duration GRID = Duration.ofMinutes(15);
    /** How far ahead occurrences are planned and judged. */
    static final Period HORIZON = Period.ofWeeks(26);

    private final Colleagues colleagues;
    private final SettingsLookup settings;
    private final TouchBases touchBases;
    private final CalendarAccess calendars;
    private final Clock clock;
    private final FreshFreeBusy freeBusy;

    public Proposals(Colleagues colleagues, SettingsLookup settings, TouchBases touchBases, CalendarAccess calendars,
            Clock clock) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.freeBusy = new FreshFreeBusy(clock);
    }

    /** Proposals for every colleague who is not paused and has no live series. */
    public Plan plan(String accountId) {
        List<Colleague> unplanned = colleagues.all(accountId).stream()
                .filter(colleague -> !colleague.paused())
                .filter(colleague -> LiveSeries.of(touchBases, accountId, colleague.id()).isEmpty())
                .toList();
        return plan(accountId, unplanned);
    }

    /**
     * Proposals for the chosen colleagues, whatever series they have (a paused one is answered with
     * the reason it is not planned).
     *
     * @throws NotFound for an id that is not one of the account's colleagues
     */
    public Plan plan(String accountId, Collection<String> colleagueIds) {
        List<Colleague> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(colleagueIds)) {
            chosen.add(colleagues.find(accountId, id).orElseThrow(() -> new NotFound("colleague " + id)));
        }
        return plan(accountId, chosen);
    }

    /**
     * Other slots for a placed proposal, for the person to choose from: the same cadence pinned to
     * each other working day of the account, planned one by one, best score first (then earliest),
     * at most {@code count}. Books nothing; each can be booked with its start and rule.
     */
    public List<Proposal.Placed> alternatives(String accountId, Proposal.Placed chosen, int count) {
        AccountSettings account = settings.of(accountId);
        Cadence cadence = chosen.cadence();
        List<Proposal.Placed> found = new ArrayList<>();
        for (DayOfWeek day : account.workingHours().workingDays()) {
            if (cadence.day().filter(day::equals).isPresent()) {
                continue;
            }
            Cadence pinned = cadence.kind().isMonthly() ? Cadence.of(cadence.kind()).on(cadence.nth(), day)
                    : Cadence.of(cadence.kind()).on(day);
            plan(accountId, List.of(chosen.colleague().withCadence(pinned))).forColleague(chosen.colleague().id())
                    .filter(Proposal.Placed.class::isInstance).map(Proposal.Placed.class::cast)
                    .filter(other -> !other.firstStart().toInstant().equals(chosen.firstStart().toInstant()))
                    .ifPresent(found::add);
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Proposal.Placed::score).reversed()
                        .thenComparing(p -> p.firstStart().toInstant()))
                .limit(count)
                .toList();
    }

    /**
     * Plans exactly these colleagues (their cadence as given, pinned or not). Nothing to plan asks
     * Google nothing; free/busy read for a plan in the last {@link FreshFreeBusy#FRESH} is used again.
     */
    Plan plan(String accountId, List<Colleague> chosen) {
        AccountSettings account = settings.of(accountId);
        if (chosen.isEmpty()) {
            PlanningRequest nobody = new PlanningRequest(calendars.calendarId(accountId), account.workingHours(),
                    account.preferences(), rules(account), List.of(), List.of());
            return new SlotPlanner(clock).plan(nobody, Map.of());
        }
        Set<String> planned = new HashSet<>();
        chosen.forEach(colleague -> planned.add(colleague.id()));
        PlanningRequest request = new PlanningRequest(calendars.calendarId(accountId), account.workingHours(),
                account.preferences(), rules(account), chosen, booked(accountId, planned, account));
        return new PlanningService(freeBusy.of(accountId, () -> calendars.busyTimes(accountId)), clock).plan(request);
    }

    /**
     * One recurring slot for the account and every member of the group (see {@link SlotPlanner#planGroup});
     * the group's own live series is left out of what counts against the caps. The proposal's colleague
     * stands for the group: its id and name, the first member's address.
     */
    public Proposal planGroup(String accountId, Group group, List<Colleague> members) {
        AccountSettings account = settings.of(accountId);
        Colleague party = Colleague.of(group.id(), members.get(0).email(), group.name(), account.zone(),
                group.cadence());
        PlanningRequest request = new PlanningRequest(calendars.calendarId(accountId), account.workingHours(),
                account.preferences(), rules(account), List.of(), booked(accountId, Set.of(group.id()), account));
        return new PlanningService(freeBusy.of(accountId, () -> calendars.busyTimes(accountId)), clock)
                .planGroup(request, party, members, Math.min(group.quorum(), members.size()));
    }

    /** The account's settings as the planner's rules: its buffer both sides, notice, caps, default duration. */
    public static PlanningRules rules(AccountSettings account) {
        Duration buffer = Duration.ofMinutes(account.bufferMinutes());
        return new PlanningRules(account.defaultDuration(), GRID, buffer, buffer, account.minimumNotice(),
                account.maxPerDay(), account.maxPerWeek(), HORIZON);
    }

    private List<BookedOccurrence> booked(String accountId, Set<String> leaveOut, AccountSettings account) {
        Instant now = clock.instant();
        Instant end = now.atZone(account.zone()).plus(HORIZON).plusWeeks(1).toInstant();
        List<BookedOccurrence> booked = new ArrayList<>();
        for (TouchBase series : LiveSeries.active(touchBases, accountId)) {
            if (leaveOut.contains(series.groupId().orElse(series.colleagueId()))) {
                continue;
            }
            for (Occurrence occurrence : SeriesOccurrences.heldBetween(series, touchBases.changes(series.accountId(), series.id()),
                    now.minus(Duration.ofDays(7)), end)) {
                booked.add(new BookedOccurrence(series.colleagueId(), occurrence.interval()));
            }
        }
        return booked;
    }
}
