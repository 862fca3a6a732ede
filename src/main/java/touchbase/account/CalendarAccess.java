package touchbase.account;

import java.util.Optional;
import touchbase.booking.CalendarEvents;
import touchbase.planning.BusyTimes;

/**
 * Port: the signed-in person's Google Calendar, reached with their stored credentials. Fails with
 * a {@link touchbase.domain.CalendarProblem} of kind ACCESS_REVOKED when they must reconnect.
 */
public interface CalendarAccess {

    /** The calendar id of the account's own calendar (their email; Google also accepts "primary"). */
    String calendarId(String accountId);

    /** The person's name as Google gave it at sign-in (the {@code profile} scope); empty when unknown. */
    default Optional<String> ownerName(String accountId) {
        return Optional.empty();
    }

    CalendarEvents events(String accountId);

    BusyTimes busyTimes(String accountId);
}
