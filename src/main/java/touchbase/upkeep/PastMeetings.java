package touchbase.upkeep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Interval;

/**
 * Port: the meetings on the user's own calendar (scope {@code calendar.events}), read incrementally.
 * Without a sync token it lists every meeting (recurring ones as single instances) that overlaps the
 * window; with one, only what changed since (Google refuses a time window with a sync token).
 */
public interface PastMeetings {

    Read read(String accountId, String calendarId, Optional<String> syncToken, Interval window);

    /** The meetings read and the token for the next read; no token when the old one expired (Google's 410). */
    record Read(List<PastMeeting> meetings, Optional<String> nextSyncToken) {
        public Read {
            meetings = List.copyOf(Objects.requireNonNull(meetings, "meetings must not be null"));
            Objects.requireNonNull(nextSyncToken, "nextSyncToken must not be null");
        }

        public static Read expired() {
            return new Read(List.of(), Optional.empty());
        }
    }
}
