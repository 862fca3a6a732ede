package touchbase.booking;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
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

    /** The invite with the occurrences in {@code skipped} left out of the series (EXDATE). */
    static SeriesInvite of(TouchBase series, Colleague colleague, String organizerCalendarId,
            List<ZonedDateTime> skipped) {
        return new SeriesInvite(
                EventIds.forSeries(UUID.fromString(series.id()), series.generation()),
                title(organizerCalendarId, colleague),
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
            TouchBase series, String organizerCalendarId, List<OccurrenceChange> changes) {
        List<ZonedDateTime> skipped = changes.stream().filter(change -> change.kind() == OccurrenceChange.Kind.SKIPPED)
                .map(OccurrenceChange::originalStart).toList();
        if (series.isGroup() && groups != null) {
            Optional<Group> group = groups.all(series.accountId()).stream()
                    .filter(one -> one.id().equals(series.groupId().get())).findFirst();
            List<Colleague> members = group.map(one -> groups.members(series.accountId(), one)).orElse(List.of());
            return members.isEmpty() ? Optional.empty() : Optional.of(current -> ofGroup(current, group.get().name(),
                    members, organizerCalendarId, skipped));
        }
        return colleagues.find(series.accountId(), series.colleagueId())
                .map(colleague -> current -> of(current, colleague, organizerCalendarId, skipped));
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
                "Team coffee: " + shortened(groupName), Agenda.forColleague(groupName), series.firstStart(),
                series.duration(), series.rrule(), organizerCalendarId, first.email(), first.displayName(),
                series.withMeet(), series.id(), skipped, others);
    }

    /**
     * {@code Touch-base: {your name} / {colleague's name}}, names rather than addresses (your name is the
     * part of your address before the @ until Google's profile name is stored), each cut to 24 characters
     * so the title fits a phone's calendar view.
     */
    static String title(String organizerEmail, Colleague colleague) {
        int at = organizerEmail.indexOf('@');
        String yours = at > 0 ? organizerEmail.substring(0, at) : organizerEmail;
        return "Touch-base: " + shortened(yours) + " / " + shortened(colleague.displayName());
    }

    private static String shortened(String name) {
        String stripped = name.strip();
        return stripped.length() <= 24 ? stripped : stripped.substring(0, 23).strip() + "…";
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
