package touchbase.booking;

import java.util.UUID;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;

/** The invite Google gets for a series: its derived event id, a summary naming both people, the agenda. */
final class SeriesInvites {

    private SeriesInvites() {
    }

    static SeriesInvite of(TouchBase series, Colleague colleague, String organizerCalendarId) {
        return new SeriesInvite(
                EventIds.forSeries(UUID.fromString(series.id()), series.generation()),
                "Touch-base: " + organizerCalendarId + " / " + colleague.displayName(),
                Agenda.forColleague(colleague.displayName()),
                series.firstStart(),
                series.duration(),
                series.rrule(),
                organizerCalendarId,
                colleague.email(),
                colleague.displayName(),
                series.withMeet(),
                series.id());
    }
}
