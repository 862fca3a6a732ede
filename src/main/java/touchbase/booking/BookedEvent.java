package touchbase.booking;

import java.util.Objects;
import java.util.Optional;

/** What the calendar answered for a booked series: its identity and, when asked for, the Meet link. */
public record BookedEvent(String eventId, String iCalUid, int sequence, Optional<String> meetUri, String htmlLink) {

    public BookedEvent {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(iCalUid, "iCalUid must not be null");
        Objects.requireNonNull(meetUri, "meetUri must not be null");
        Objects.requireNonNull(htmlLink, "htmlLink must not be null");
    }
}
