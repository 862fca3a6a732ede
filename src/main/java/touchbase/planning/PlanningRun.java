package touchbase.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.WorkingHours;

/**
 * One planning of a request: the shared state (the account's busy cells and the caps, which every
 * placed touch-base adds to) and the colleagues planned one by one in {@link SlotPlanner#planningOrder()}.
 */
final class PlanningRun {

    private final PlanningRequest request;
    private final Map<String, FreeBusy> freeBusy;
    private final PlanningRules rules;
    private final SlotGrid grid;
    private final OccurrenceExpander expander;
    private final BitSet accountHours;
    private final boolean[][] accountOpen;
    private final BusyCells accountBusy;
    private final CapCounter caps;
    private final String accountUnknownNote;
    private final Map<WorkingHours, BitSet> hoursCache = new HashMap<>();
    private StretchCells accountStretch;

    PlanningRun(PlanningRequest request, Map<String, FreeBusy> freeBusy, Instant earliest, Instant horizonEnd) {
        this.request = request;
        this.freeBusy = freeBusy;
        this.rules = request.rules();
        this.grid = new SlotGrid(request.accountHours().zone(), earliest, horizonEnd, rules.grid(), rules.duration());
        this.expander = new OccurrenceExpander(grid);
        this.accountHours = hoursOf(request.accountHours(), null);
        this.accountOpen = openSlots();
        this.accountBusy = new BusyCells(grid, rules);
        this.caps = new CapCounter(grid, rules);
        FreeBusy account = lookup(request.accountCalendarId());
        account.busy().forEach(accountBusy::add);
        this.accountUnknownNote = account.isKnown() ? "" : "your free/busy is unknown (" + account.unknownReason().get() + ")";
        for (BookedOccurrence booked : request.booked()) {
            accountBusy.add(booked.when());
            int day = grid.dayOf(booked.when().start());
            if (day >= 0) {
                caps.add(day);
            }
        }
    }

    List<Proposal> run() {
        List<Colleague> ordered = new ArrayList<>(request.colleagues());
        ordered.sort(SlotPlanner.planningOrder());
        List<Proposal> proposals = new ArrayList<>(ordered.size());
        for (Colleague colleague : ordered) {
            proposals.add(plan(colleague));
        }
        return proposals;
    }

    /**
     * One recurring slot for the account and every member of a group ({@code party} stands for the
     * group: its id, name and cadence); see {@link PairView#ofGroup}.
     */
    Proposal planGroup(Colleague party, List<Colleague> members, int quorum) {
        List<BitSet> memberHours = new ArrayList<>();
        List<BusyCells> memberBusy = new ArrayList<>();
        BusyCells anyoneBusy = new BusyCells(grid, rules);
        List<String> unknown = new ArrayList<>();
        for (Colleague member : members) {
            FreeBusy theirs = lookup(member.email());
            BusyCells busy = new BusyCells(grid, rules);
            theirs.busy().forEach(busy::add);
            anyoneBusy.addAll(busy);
            memberBusy.add(busy);
            memberHours.add(hoursCache.computeIfAbsent(member.hours(), hours -> hoursOf(hours, accountHours)));
            theirs.unknownReason().ifPresent(why -> unknown.add(member.displayName() + "'s free/busy is unknown (" + why + ")"));
        }
        if (!accountUnknownNote.isEmpty()) {
            unknown.add(accountUnknownNote);
        }
        PairView view = PairView.ofGroup(grid, accountHours, memberHours, memberBusy, anyoneBusy, accountBusy, caps, quorum);
        PreferenceCosts preferences = new PreferenceCosts(grid, party.preferences(), party.zone(),
                request.accountPreferences());
        List<DayPattern> patterns = expander.patterns(party.cadence(), request.accountHours().workingDays());
        SlotSearch.Outcome outcome = new SlotSearch(view, preferences, accountOpen).best(patterns);
        if (outcome.best().isEmpty()) {
            return new Proposal.CannotPlace(party, outcome.anyOccurrence()
                    ? "no time lies within the working hours of you and every member of " + party.displayName()
                    : Wording.noOccurrence(party.cadence(), rules));
        }
        SlotSearch.Choice choice = outcome.best().get();
        String unknownNote = String.join("; ", unknown);
        List<ProposedOccurrence> occurrences = new OccurrencePlacer(view, rules.duration(), "a member",
                unknownNote).place(choice);
        return placed(party, choice.pattern().cadence(), occurrences, unknownNote, !unknown.isEmpty(),
                Optional.empty(), "");
    }

    private Proposal plan(Colleague colleague) {
        if (colleague.paused()) {
            return new Proposal.CannotPlace(colleague, "paused: not planned until resumed");
        }
        FreeBusy theirs = lookup(colleague.email());
        BusyCells colleagueBusy = new BusyCells(grid, rules);
        theirs.busy().forEach(colleagueBusy::add);
        BitSet colleagueHours = hoursCache.computeIfAbsent(colleague.hours(), hours -> hoursOf(hours, accountHours));
        PairView view = new PairView(grid, accountHours, colleagueHours, accountBusy, colleagueBusy, caps);
        PreferenceCosts preferences = new PreferenceCosts(grid, colleague.preferences(), colleague.zone(),
                request.accountPreferences());
        List<DayPattern> patterns = expander.patterns(colleague.cadence(), request.accountHours().workingDays());
        SlotSearch.Outcome outcome = new SlotSearch(view, preferences, accountOpen).best(patterns);
        String unknownNote = unknownNote(colleague, theirs);
        if (outcome.best().isEmpty()) {
            String why = whyNothing(colleague, outcome);
            return outcome.anyOccurrence() && !outcome.anyInHours()
                    ? stretched(colleague, view, patterns, why, unknownNote, !theirs.isKnown())
                    : new Proposal.CannotPlace(colleague, why);
        }
        SlotSearch.Choice choice = outcome.best().get();
        List<ProposedOccurrence> occurrences = new OccurrencePlacer(view, rules.duration(), colleague.displayName(),
                unknownNote).place(choice);
        return placed(colleague, choice.pattern().cadence(), occurrences, unknownNote, !theirs.isKnown(),
                Optional.empty(), "");
    }

    /** The series from its first held occurrence on, or why nothing can be held. */
    private Proposal placed(Colleague colleague, Cadence cadence, List<ProposedOccurrence> occurrences,
            String unknownNote, boolean colleagueUnknown, Optional<Proposal.Stretch> stretch, String prefix) {
        Optional<ProposedOccurrence> first = occurrences.stream().filter(ProposedOccurrence::isHeld).findFirst();
        if (first.isEmpty()) {
            return new Proposal.CannotPlace(colleague, prefix + Wording.noFreeSlot(rules));
        }
        ZonedDateTime firstStart = first.get().regularStart();
        String reason = prefix + Wording.placed(cadence, firstStart, occurrences, colleague.displayName(), unknownNote)
                + Wording.firstTouchBase(occurrences, first.get());
        return new Proposal.Placed(colleague, cadence, firstStart, rules.duration(), occurrences, score(occurrences),
                reason, colleagueUnknown, stretch);
    }

    /** For a pair without shared hours: the slot that stretches their days least, or why there is none. */
    private Proposal stretched(Colleague colleague, PairView view, List<DayPattern> patterns, String why,
            String unknownNote, boolean colleagueUnknown) {
        if (accountStretch == null) {
            accountStretch = new StretchCells(grid, request.accountHours());
        }
        StretchSearch search = new StretchSearch(view, accountStretch, new StretchCells(grid, colleague.hours()));
        Optional<StretchSearch.Choice> choice = search.best(patterns);
        if (choice.isEmpty()) {
            return new Proposal.CannotPlace(colleague, why + "; no time within " + StretchCells.MOST_MINUTES / 60
                    + " hours of both working days is free either");
        }
        StretchSearch.Placement placement = search.place(choice.get(), rules.duration(), colleague.displayName(),
                unknownNote);
        ZonedDateTime first = placement.occurrences().stream().filter(ProposedOccurrence::isHeld).findFirst()
                .orElseThrow().start();
        String words = Wording.stretch(first, rules.duration(), placement.yours(), placement.theirs(),
                colleague.displayName(), colleague.hours().zone());
        List<String> who = new ArrayList<>();
        if (placement.yours() > 0) {
            who.add("you");
        }
        if (placement.theirs() > 0) {
            who.add(colleague.displayName());
        }
        Proposal.Stretch stretch = new Proposal.Stretch(placement.worst(), placement.yours(), placement.theirs(),
                who, words);
        String prefix = why + "; proposed across zones (book only with your consent), up to " + Wording.count(placement.worst(), "minute")
                + " outside working hours in all: " + words + "; ";
        return placed(colleague, choice.get().pattern().cadence(), placement.occurrences(), unknownNote,
                colleagueUnknown, Optional.of(stretch), prefix);
    }

    private String unknownNote(Colleague colleague, FreeBusy theirs) {
        List<String> notes = new ArrayList<>();
        if (!theirs.isKnown()) {
            notes.add(colleague.displayName() + "'s free/busy is unknown (" + theirs.unknownReason().get() + ")");
        }
        if (!accountUnknownNote.isEmpty()) {
            notes.add(accountUnknownNote);
        }
        return String.join("; ", notes);
    }

    private String whyNothing(Colleague colleague, SlotSearch.Outcome outcome) {
        if (!outcome.anyOccurrence() && accountHours.isEmpty() && anyUsable()) {
            return "no working hours of yours fall within the horizon";
        }
        if (colleague.cadence().day().filter(day -> !request.accountHours().workingDays().contains(day)).isPresent()) {
            return "the cadence is fixed to " + colleague.cadence().describe() + ", which is not one of your working days";
        }
        if (!outcome.anyOccurrence()) {
            return Wording.noOccurrence(colleague.cadence(), rules);
        }
        boolean weekdays = request.accountHours().workingDays()
                .equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        return Wording.noCommonHours(colleague.hours().zone(), request.accountHours().zone(),
                overlapMinutes(colleague.hours()), weekdays, rules.duration());
    }

    private boolean anyUsable() {
        for (int cell = 0; cell < grid.cells(); cell++) {
            if (grid.usable(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The most minutes on one day of a full week of the horizon that both people work. */
    private long overlapMinutes(WorkingHours colleagueHours) {
        long step = 86_400L / grid.slotsPerDay;
        int from = grid.days >= 14 ? 7 : 0;
        long best = 0;
        for (int day = from; day < Math.min(grid.days, from + 7); day++) {
            long minutes = 0;
            for (int slot = 0; slot < grid.slotsPerDay; slot++) {
                Instant start = grid.startInstant(grid.cell(day, slot));
                Instant end = start.plusSeconds(step);
                if (request.accountHours().contains(start, end) && colleagueHours.contains(start, end)) {
                    minutes += step / 60;
                }
            }
            best = Math.max(best, minutes);
        }
        return best;
    }

    /** Usable cells whose touch-base lies in the hours (only among {@code within}, when given). */
    private BitSet hoursOf(WorkingHours hours, BitSet within) {
        if (within != null && within == accountHours && hours.equals(request.accountHours())) {
            return (BitSet) accountHours.clone(); // the account's own hours among themselves
        }
        return grid.cellsIn(hours, within);
    }

    /**
     * For each weekday (Monday first) and slot, whether the account works then on some day of the horizon
     * (each day's runs of working cells at once).
     */
    private boolean[][] openSlots() {
        boolean[][] open = new boolean[7][grid.slotsPerDay];
        int to;
        for (int from = accountHours.nextSetBit(0); from >= 0; from = accountHours.nextSetBit(to)) {
            int day = grid.dayOf(from);
            to = Math.min(accountHours.nextClearBit(from), grid.cell(day + 1, 0));
            Arrays.fill(open[day % 7], grid.slotOf(from), grid.slotOf(from) + to - from, true);
        }
        return open;
    }

    private FreeBusy lookup(String calendarId) {
        FreeBusy found = freeBusy.get(calendarId);
        return found != null ? found : FreeBusy.unknown(calendarId, "no free/busy answer for " + calendarId);
    }

    private static int score(List<ProposedOccurrence> occurrences) {
        int points = 0;
        for (ProposedOccurrence occurrence : occurrences) {
            points += switch (occurrence.status()) {
                case FREE -> 2;
                case MOVED, UNKNOWN -> 1;
                case SKIPPED -> 0;
            };
        }
        return Math.round(100f * points / (2f * occurrences.size()));
    }
}
