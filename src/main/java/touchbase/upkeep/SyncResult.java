package touchbase.upkeep;

import touchbase.booking.CalendarEvent;
import java.util.List;
import java.util.Objects;

/**
 * The answer to an incremental sync of one calendar: either the changed events with the token for
 * the next sync, or the news that the token expired and local state must be rebuilt by a full sync.
 */
public sealed interface SyncResult {

    /**
     * Touchbase's changed events (and every cancelled event, since a deleted event may carry only
     * its id) since the previous token.
     */
    record Changes(List<CalendarEvent> events, String nextSyncToken) implements SyncResult {
        public Changes {
            events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
            Objects.requireNonNull(nextSyncToken, "nextSyncToken must not be null");
        }
    }

    /** The sync token is no longer valid: drop it and everything learnt from it, then sync in full. */
    record FullResyncRequired() implements SyncResult {
    }
}
