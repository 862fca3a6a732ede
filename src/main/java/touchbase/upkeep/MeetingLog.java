package touchbase.upkeep;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: what last contact learnt from the calendar, per account: each meeting with the people in it,
 * so a colleague's last meeting is found by their email (also for a colleague added later).
 */
public interface MeetingLog {

    /** Stores meetings that count and forgets those that do not ({@link PastMeeting#counts()}). */
    void record(String accountId, List<PastMeeting> meetings);

    /** Forgets every meeting of the account (before a full re-read). */
    void clear(String accountId);

    /** Per email (lower case), the latest meeting that started within [from, until). */
    Map<String, LastMeeting> latest(String accountId, Instant from, Instant until);

    /** A person's latest meeting. */
    record LastMeeting(Instant start, Optional<String> title) {
        public LastMeeting {
            Objects.requireNonNull(start, "start must not be null");
            Objects.requireNonNull(title, "title must not be null");
        }
    }
}
