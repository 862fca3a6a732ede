package touchbase.upkeep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import touchbase.booking.Occurrence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.TouchBase;
import touchbase.planning.FreeSlotFinder;

/**
 * What a recheck sees ahead for one account: the occurrences of its active series, where its
 * touch-bases are held (updated as the recheck moves or skips them), and both people's meetings.
 *
 * <p>Free/busy includes the touch-bases themselves, so busy intervals that are exactly a known
 * touch-base occurrence (where the rule put it, or where it was moved) are not meetings; a meeting
 * merged with one in free/busy is.
 */
final class Lookahead {

    private final String calendarId;
    private final Map<String, List<Occurrence>> occurrences;
    private final Map<String, Colleague> colleagues;
    private final Map<String, FreeBusy> freeBusy;
    private final Map<String, Members> groups;
    private final Map<String, Members> pairs;
    private final Set<Interval> touchBaseTimes = new HashSet<>();
    private final List<Interval> held = new ArrayList<>();

    /**
     * @param occurrences each active series' occurrences (by series id), around the window and its periods
     * @param colleagues the colleagues of those series, by id
     * @param freeBusy the account's ({@code calendarId}) and the colleagues' free/busy (by email), every
     *     group member's included
     * @param groups the members and quorum of each group with a series, by group id
     * @param pairs who meets in each roulette pair meeting (all of them must come), by series id
     */
    Lookahead(String calendarId, Map<String, List<Occurrence>> occurrences, Map<String, Colleague> colleagues,
            Map<String, FreeBusy> freeBusy, Map<String, Members> groups, Map<String, Members> pairs) {
        this.calendarId = calendarId;
        this.groups = Map.copyOf(groups);
        this.pairs = Map.copyOf(pairs);
        this.occurrences = new LinkedHashMap<>(occurrences);
        this.colleagues = Map.copyOf(colleagues);
        this.freeBusy = Map.copyOf(freeBusy);
        occurrences.values().forEach(list -> list.forEach(o -> {
            touchBaseTimes.add(o.originalInterval());
            touchBaseTimes.add(o.interval());
            if (o.isHeld()) {
                held.add(o.interval());
            }
        }));
    }

    /** A group's members still kept (in the group's order) and how many of them must be able to come. */
    record Members(List<Colleague> all, int quorum) {
        Members {
            all = List.copyOf(all);
        }
    }

    /** The members of a group series (none for a pair's series, or a group no longer known). */
    Optional<Members> membersOf(TouchBase series) {
        return series.groupId().map(groups::get);
    }

    /** Who meets in a roulette pair meeting (a single event of a group), with a quorum of all of them. */
    Optional<Members> pairOf(TouchBase series) {
        return Optional.ofNullable(pairs.get(series.id()));
    }

    Optional<Colleague> colleagueOf(TouchBase series) {
        return Optional.ofNullable(colleagues.get(series.colleagueId()));
    }

    /** The series' held occurrences starting after {@code now} and before {@code horizon}. */
    List<Occurrence> upcoming(TouchBase series, Instant now, Instant horizon) {
        return occurrences.getOrDefault(series.id(), List.of()).stream()
                .filter(Occurrence::isHeld)
                .filter(o -> o.start().toInstant().isAfter(now) && o.start().toInstant().isBefore(horizon))
                .toList();
    }

    /**
     * A meeting within {@code buffer} of the occurrence, on the account's calendar first; else, if a
     * calendar could not be read, that it is unknown; else nothing.
     */
    Optional<Finding> clash(Occurrence occurrence, Colleague colleague, Duration buffer) {
        Interval guarded = occurrence.interval().widen(buffer, buffer);
        if (meetings(calendarId).stream().anyMatch(guarded::overlaps)) {
            return Optional.of(new Finding.Clash("your calendar"));
        }
        if (meetings(colleague.email()).stream().anyMatch(guarded::overlaps)) {
            return Optional.of(new Finding.Clash(colleague.displayName() + "'s calendar"));
        }
        return unknown(calendarId).or(() -> unknown(colleague.email()));
    }

    /**
     * For a group's occurrence: a meeting on the account's calendar is a {@link Finding.Clash}; members
     * with a meeting within {@code buffer} cannot come, which is a {@link Finding.Clash} when fewer than
     * the quorum remain and {@link Finding.CannotCome} (it stays) when the quorum still can.
     */
    Optional<Finding> groupClash(Occurrence occurrence, Members members, Duration buffer) {
        Interval guarded = occurrence.interval().widen(buffer, buffer);
        if (meetings(calendarId).stream().anyMatch(guarded::overlaps)) {
            return Optional.of(new Finding.Clash("your calendar"));
        }
        List<String> busy = members.all().stream()
                .filter(member -> meetings(member.email()).stream().anyMatch(guarded::overlaps))
                .map(Colleague::displayName).toList();
        if (busy.isEmpty()) {
            return unknown(calendarId);
        }
        int canCome = members.all().size() - busy.size();
        if (canCome >= members.quorum()) {
            return Optional.of(new Finding.CannotCome(busy, canCome, members.quorum()));
        }
        return Optional.of(new Finding.Clash(inWords(busy) + (busy.size() == 1 ? "'s calendar" : "'s calendars")));
    }

    /** Each member with their meetings, for a move that must suit the quorum. */
    List<FreeSlotFinder.Member> busyOfMembers(Members members) {
        return members.all().stream().map(member -> new FreeSlotFinder.Member(member, meetings(member.email())))
                .toList();
    }

    /** The account's meetings, and for a decline the declined time itself, as busy for a group's move. */
    List<Interval> yourBusyFor(Occurrence occurrence, Finding finding) {
        List<Interval> busy = new ArrayList<>(meetings(calendarId));
        if (!(finding instanceof Finding.Clash)) {
            busy.add(occurrence.interval());
        }
        return busy;
    }

    /** "Ana", "Ana and Ben", "Ana, Ben and Cleo". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Both people's meetings, and for a decline the declined time itself, as busy for a move. */
    List<Interval> busyFor(Occurrence occurrence, Colleague colleague, Finding finding) {
        List<Interval> busy = new ArrayList<>(meetings(calendarId));
        busy.addAll(meetings(colleague.email()));
        if (!(finding instanceof Finding.Clash)) {
            busy.add(occurrence.interval());
        }
        return busy;
    }

    /** Where the account's other touch-bases are held. */
    List<Interval> heldOtherThan(Occurrence occurrence) {
        List<Interval> others = new ArrayList<>(held);
        others.remove(occurrence.interval());
        return others;
    }

    void moved(Occurrence occurrence, Interval to) {
        held.remove(occurrence.interval());
        held.add(to);
    }

    void skipped(Occurrence occurrence) {
        held.remove(occurrence.interval());
    }

    /** Busy intervals of a calendar that are not exactly one of the known touch-bases. */
    private List<Interval> meetings(String calendar) {
        FreeBusy known = freeBusy.get(calendar);
        if (known == null || !known.isKnown()) {
            return List.of();
        }
        return known.busy().stream().filter(busy -> !touchBaseTimes.contains(busy)).toList();
    }

    private Optional<Finding> unknown(String calendar) {
        FreeBusy known = freeBusy.get(calendar);
        if (known == null) {
            return Optional.of(new Finding.UnknownCalendar(calendar, "no free/busy answer"));
        }
        return known.unknownReason().map(why -> new Finding.UnknownCalendar(calendar, why));
    }
}
