package touchbase.colleagues;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import touchbase.account.CalendarAccess;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.TimeZoneSource;
import touchbase.planning.zones.ZoneGuess;
import touchbase.planning.zones.ZoneInference;

/**
 * The zone of a colleague added without one: inferred from their own free/busy over the last
 * weeks (one free/busy read), preferring zones the account's colleagues already have; the account's
 * zone, assumed, when their calendar is unknown or cannot be read.
 */
final class ZoneOfNewColleague {

    private final Colleagues colleagues;
    private final CalendarAccess calendars;
    private final Clock clock;

    ZoneOfNewColleague(Colleagues colleagues, CalendarAccess calendars, Clock clock) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    ZoneGuess guess(String accountId, String email, ZoneId accountZone) {
        return ZoneInference.infer(freeBusy(accountId, email), accountZone, knownZones(accountId));
    }

    private FreeBusy freeBusy(String accountId, String email) {
        try {
            Map<String, FreeBusy> answer = calendars.busyTimes(accountId)
                    .busyTimes(Set.of(email), ZoneInference.period(clock.instant()));
            FreeBusy theirs = answer.get(email);
            return theirs != null ? theirs : FreeBusy.unknown(email, "no free/busy answer for " + email);
        } catch (CalendarProblem problem) {
            return FreeBusy.unknown(email, "could not read it: " + problem.getMessage());
        }
    }

    /** The zones of colleagues whose zone was given, then of those whose zone was inferred. */
    private List<ZoneId> knownZones(String accountId) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        List<Colleague> all = colleagues.all(accountId);
        for (TimeZoneSource source : List.of(TimeZoneSource.GIVEN, TimeZoneSource.INFERRED)) {
            all.stream().filter(colleague -> colleague.timeZoneSource() == source)
                    .forEach(colleague -> zones.add(colleague.zone()));
        }
        return List.copyOf(zones);
    }
}
