package touchbase.google.emulator.seed;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * An event placed on {@code calendarId} before the emulator starts. {@code recurrence} holds
 * RFC 5545 lines as Google takes them ({@code RRULE:...}, {@code EXDATE;TZID=...:...}); the
 * attendees are busy in free/busy like the organizer.
 */
public record SeedEvent(
        String calendarId,
        String id,
        String summary,
        LocalDateTime start,
        ZoneId zone,
        Duration duration,
        List<String> recurrence,
        List<String> attendees) {

    public SeedEvent {
        Objects.requireNonNull(calendarId, "calendarId must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        recurrence = List.copyOf(Objects.requireNonNull(recurrence, "recurrence must not be null"));
        attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees must not be null"));
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
    }
}
