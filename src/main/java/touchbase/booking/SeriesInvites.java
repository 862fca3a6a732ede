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
