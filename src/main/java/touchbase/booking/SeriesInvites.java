package touchbase.booking;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.GroupBook;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/** The invite Google gets for a series: its derived event id, a summary naming both people, the agenda. */
final class SeriesInvites {

    private SeriesInvites() {
    }

    /** Longest title kept whole; a phone's calendar list shows about this much. */
    static final int TITLE_LIMIT = 45;
    private static final int NAME_LIMIT = (TITLE_LIMIT - "Touch-base: ".length() - " / ".length()) / 2;

    /**
     * The invite with the occurrences in {@code skipped} left out of the series (EXDATE), titled with
     * {@code yourName} (Google's profile name, when the account has one).
     */
    static SeriesInvite of(TouchBase series, Colleague colleague, String organizerCalendarId, Optional<String> yourName,
            List<ZonedDateTime> skipped) {
        return new SeriesInvite(
                EventIds.forSeries(UUID.fromString(series.id()), series.generation()),
                title(yourName, organizerCalendarId, colleague),
                description(series, colleague),
                series.firstStart(),
                series.duration(),
                series.rrule(),
                organizerCalendarId,
                colleague.email(),
                colleague.displayName(),
                series.withMeet(),
                series.id(),
                skipped);
    }

    /**
     * How to write the invite of each generation of the series: to its colleague, or for a group's
     * series (with {@code groups} given) to every member still kept; empty when nobody is left.
     */
    static Optional<Function<TouchBase, SeriesInvite>> inviter(Colleagues colleagues, GroupBook groups,
            TouchBase series, String organizerCalendarId, Optional<String> yourName,
            List<OccurrenceChange> changes) {
        List<ZonedDateTime> skipped = changes.stream().filter(change -> change.kind() == OccurrenceChange.Kind.SKIPPED)
                .map(OccurrenceChange::originalStart).toList();
        if (series.isSingle() && series.isGroup() && groups != null) {
            List<Colleague> pair = groups.pairOf(series.accountId(), series.id()).orElse(List.of());
            Optional<Group> group = groups.all(series.accountId()).stream()
                    .filter(one -> one.id().equals(series.groupId().get())).findFirst();
            return pair.size() < 2 || group.isEmpty() ? Optional.empty()
                    : Optional.of(current -> ofPair(current, group.get().name(), pair, organizerCalendarId));
        }
        if (series.isGroup() && groups != null) {
            Optional<Group> group = groups.all(series.accountId()).stream()
                    .filter(one -> one.id().equals(series.groupId().get())).findFirst();
            List<Colleague> members = group.map(one -> groups.members(series.accountId(), one)).orElse(List.of());
            return members.isEmpty() ? Optional.empty() : Optional.of(current -> ofGroup(current, group.get().name(),
                    members, organizerCalendarId, skipped));
        }
        return colleagues.find(series.accountId(), series.colleagueId())
                .map(colleague -> current -> of(current, colleague, organizerCalendarId, yourName, skipped));
    }

    /**
     * The invite for a group's series: titled with the group's name, every member invited (the first
     * as the series' colleague).
     */
    static SeriesInvite ofGroup(TouchBase series, String groupName, List<Colleague> members,
            String organizerCalendarId, List<ZonedDateTime> skipped) {
        Colleague first = members.get(0);
        List<SeriesInvite.Guest> others = members.stream().skip(1)
                .map(member -> new SeriesInvite.Guest(member.email(), member.displayName())).toList();
        return new SeriesInvite(EventIds.forSeries(UUID.fromString(series.id()), series.generation()),
                "Team coffee: " + cut(groupName, TITLE_LIMIT - "Team coffee: ".length()), Agenda.forColleague(groupName),
                series.firstStart(),
                series.duration(), series.rrule(), organizerCalendarId, first.email(), first.displayName(),
                series.withMeet(), series.id(), skipped, others);
    }

    /**
     * The invite for a roulette's pair meeting: one single event (no recurrence) titled with the group
     * and the pair's first names, every one of the pair (or trio) invited.
     */
    static SeriesInvite ofPair(TouchBase series, String groupName, List<Colleague> pair, String organizerCalendarId) {
        String names = String.join(" / ", pair.stream().map(member -> firstName(member.displayName())).toList());
        List<SeriesInvite.Guest> others = pair.stream().skip(1)
                .map(member -> new SeriesInvite.Guest(member.email(), member.displayName())).toList();
        return new SeriesInvite(EventIds.forSeries(UUID.fromString(series.id()), series.generation()),
                cut("Coffee roulette: " + names, TITLE_LIMIT), Agenda.forColleague(groupName), series.firstStart(),
                series.duration(), series.rrule(), organizerCalendarId, pair.get(0).email(), pair.get(0).displayName(),
                series.withMeet(), series.id(), List.of(), others, true);
    }

    /**
     * {@code Touch-base: {your name} / {colleague's name}}, names rather than addresses: your Google
     * profile name, else the part of your address before the @. Kept whole up to {@value #TITLE_LIMIT}
     * characters so it fits a phone's calendar view; longer, each person by their first name (cut to
     * {@value #NAME_LIMIT} characters).
     */
    static String title(Optional<String> yourName, String organizerEmail, Colleague colleague) {
        int at = organizerEmail.indexOf('@');
        String yours = yourName.map(String::strip).filter(name -> !name.isEmpty())
                .orElse(at > 0 ? organizerEmail.substring(0, at) : organizerEmail);
        String whole = "Touch-base: " + yours.strip() + " / " + colleague.displayName().strip();
        if (whole.length() <= TITLE_LIMIT) {
            return whole;
        }
        return "Touch-base: " + firstName(yours) + " / " + firstName(colleague.displayName());
    }

    private static String firstName(String name) {
        return cut(name.strip().split("\\s+", 2)[0], NAME_LIMIT);
    }

    private static String cut(String text, int limit) {
        String stripped = text.strip();
        return stripped.length() <= limit ? stripped : stripped.substring(0, limit - 1).strip() + "…";
    }

    /** The agenda, opened by a word on the time when it lies outside the colleague's working hours. */
    static String description(TouchBase series, Colleague colleague) {
        String agenda = Agenda.forColleague(colleague.displayName());
        ZonedDateTime start = series.firstStart();
        if (colleague.hours().contains(start.toInstant(), start.plus(series.duration()).toInstant())) {
            return agenda;
        }
        return Agenda.acrossZones(colleague.displayName(), start.withZoneSameInstant(colleague.zone())) + "\n\n" + agenda;
    }
}
