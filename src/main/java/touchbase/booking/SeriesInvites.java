package touchbase.booking;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import touchbase.domain.Colleague;
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
                "Touch-base: " + organizerCalendarId + " / " + colleague.displayName(),
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
