package touchbase.booking;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import touchbase.domain.InvalidInput;

/**
 * Where a series may start: in the future, and no more than {@link #FURTHEST} ahead (a start in the year
 * +999999999 would overflow every calendar sum later). A start given with a bare offset is read in the
 * account's zone, so the series follows its daylight-saving rules.
 */
final class FirstStart {

    static final Period FURTHEST = Period.ofYears(2);

    private FirstStart() {
    }

    /** @throws InvalidInput ({@code start}) for a start in the past or more than two years ahead */
    static ZonedDateTime checked(ZonedDateTime requested, ZoneId accountZone, Instant now) {
        ZonedDateTime start = requested.getZone() instanceof ZoneOffset
                ? requested.withZoneSameInstant(accountZone) : requested;
        if (!start.toInstant().isAfter(now)) {
            throw new InvalidInput("start", "the first touch-base must be in the future, got " + start);
        }
        if (start.toInstant().isAfter(now.atZone(accountZone).plus(FURTHEST).toInstant())) {
            throw new InvalidInput("start", "the first touch-base must be within two years from now, got " + start);
        }
        return start;
    }
}
