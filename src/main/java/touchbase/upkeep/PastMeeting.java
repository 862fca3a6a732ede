package touchbase.upkeep;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting (an event, or one instance of a recurring event) on the user's own calendar, as last
 * contact reads it. A meeting that does not count (cancelled, or declined by the user) carries only its
 * id, so whatever was learnt of it before is forgotten.
 *
 * @param people the attendees' and the organizer's emails, lower case, the user's own excluded
 */
public record PastMeeting(String eventId, Optional<Instant> start, Optional<String> title, List<String> people) {

    public PastMeeting {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(title, "title must not be null");
        people = Objects.requireNonNull(people, "people must not be null").stream()
                .map(email -> email.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** A meeting held (or to be held) with these people. */
    public static PastMeeting held(String eventId, Instant start, Optional<String> title, List<String> people) {
        return new PastMeeting(eventId, Optional.of(start), title, people);
    }

    /** A meeting that does not count: cancelled, or declined by the user. */
    public static PastMeeting gone(String eventId) {
        return new PastMeeting(eventId, Optional.empty(), Optional.empty(), List.of());
    }

    public boolean counts() {
        return start.isPresent() && !people.isEmpty();
    }
}
