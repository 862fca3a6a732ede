package touchbase.feed;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import touchbase.booking.SeriesOccurrences;
import touchbase.domain.SeriesRule;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/**
 * The VEVENTs of one series (RFC 5545 section 3.8.5): the recurring event with its RRULE as Google has
 * it and an EXDATE for each skipped occurrence, and an overriding VEVENT with the same UID and a
 * RECURRENCE-ID for each moved one (section 3.8.4.4), all at named-zone times. A cancelled series is one
 * VEVENT with STATUS:CANCELLED, so a subscriber removes it.
 */
final class SeriesEvents {

    private final String organizerEmail;
    private final boolean showsNames;
    private final boolean showsEmails;

    /**
     * @param showsNames  whether events name the colleague (else just "Touch-base")
     * @param showsEmails whether events carry ORGANIZER and ATTENDEE with their addresses (only when names
     *                    are shown too; never in a shared feed)
     */
    SeriesEvents(String organizerEmail, boolean showsNames, boolean showsEmails) {
        this.organizerEmail = organizerEmail;
        this.showsNames = showsNames;
        this.showsEmails = showsNames && showsEmails;
    }

    /** The series' UID: Google's iCalUID once Google confirmed the series (it never changes after that). */
    static String uid(TouchBase series) {
        return series.iCalUid().orElse(series.id() + "@touchbase");
    }

    List<VEvent> of(FeedSeries entry, boolean cancelled, int sequence, Instant revisedAt) {
        TouchBase series = entry.series();
        List<VEvent> events = new ArrayList<>();
        boolean single = series.isSingle(); // a pair meeting held once is a single event, as on Google
        ZonedDateTime start = single ? SeriesOccurrences.heldOnce(series, entry.changes()) : series.firstStart();
        VEvent master = common(entry, start, sequence, revisedAt);
        if (!single) {
            master.add(new RRule<>(series.rrule()));
        }
        List<OccurrenceChange> changes = cancelled || single ? List.of() : regular(series, entry.changes());
        List<Temporal> skipped = changes.stream()
                .filter(change -> change.kind() == OccurrenceChange.Kind.SKIPPED)
                .map(change -> at(series, change.originalStart()))
                .toList();
        if (!skipped.isEmpty()) {
            master.add(zoned(series)
                    ? new ExDate<>(new ParameterList(List.of(new TzId(series.firstStart().getZone().getId()))),
                            new DateList<>(skipped))
                    : new ExDate<>(new DateList<>(skipped)));
        }
        master.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        events.add(master);
        for (OccurrenceChange change : changes) {
            if (change.kind() == OccurrenceChange.Kind.MOVED) {
                VEvent moved = common(entry, change.newStart().orElseThrow(), sequence, revisedAt);
                moved.add(new RecurrenceId<>(at(series, change.originalStart())));
                moved.add(new Status(Status.VALUE_CONFIRMED));
                events.add(moved);
            }
        }
        return events;
    }

    private VEvent common(FeedSeries entry, ZonedDateTime start, int sequence, Instant revisedAt) {
        TouchBase series = entry.series();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(series)));
        event.add(new DtStamp(revisedAt));
        event.add(new LastModified(revisedAt));
        event.add(new Sequence(sequence));
        event.add(new DtStart<>(at(series, start)));
        event.add(new Duration(series.duration()));
        Optional<Colleague> named = entry.colleague().filter(c -> showsNames);
        event.add(new Summary(named.map(c -> "Touch-base with " + c.displayName()).orElse("Touch-base")));
        event.add(new Description(description(series, named)));
        series.meetUri().flatMap(SeriesEvents::uri).ifPresent(uri -> event.add(new Url(uri)));
        if (showsEmails) {
            event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
            named.ifPresent(c -> event.add(new Attendee(new ParameterList(List.of(new Cn(parameterText(c.displayName())),
                    new Role("REQ-PARTICIPANT"))), URI.create("mailto:" + c.email()))));
        }
        return event;
    }

    private static String description(TouchBase series, Optional<Colleague> colleague) {
        String who = colleague.map(c -> "A recurring touch-base with " + c.displayName() + ", booked by Touchbase.")
                .orElse("A recurring touch-base, booked by Touchbase.");
        return who + series.meetUri().map(meet -> "\nJoin with Google Meet: " + meet).orElse("");
    }

    /** The changes of occurrences the rule really has (a change of any other time would not match Google's instances). */
    private static List<OccurrenceChange> regular(TouchBase series, List<OccurrenceChange> changes) {
        SeriesRule rule = series.rule();
        return changes.stream()
                .filter(change -> {
                    Instant original = change.originalStart().toInstant();
                    return !rule.starts(series.firstStart(), original, original.plusSeconds(1)).isEmpty();
                })
                .sorted(Comparator.comparing(change -> change.originalStart().toInstant()))
                .toList();
    }

    /** A time in the series' zone (TZID), or in UTC when the series has a bare offset: never floating. */
    static Temporal at(TouchBase series, ZonedDateTime time) {
        if (!zoned(series)) {
            return time.toInstant();
        }
        return time.withZoneSameInstant(series.firstStart().getZone()).withNano(0);
    }

    /** Whether the series' times carry a TZID (a region zone), rather than being written in UTC. */
    static boolean zoned(TouchBase series) {
        return !(series.firstStart().getZone().normalized() instanceof ZoneOffset);
    }

    /** RFC 5545 parameter values cannot hold DQUOTE or control characters (RFC 6868 is not widely read). */
    private static String parameterText(String text) {
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
