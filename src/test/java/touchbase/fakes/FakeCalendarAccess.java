package touchbase.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import touchbase.account.CalendarAccess;
import touchbase.booking.CalendarEvents;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.planning.BusyTimes;

/**
 * Every account on one {@link FakeCalendarEvents}, calendar id {@code <account>@example.com}.
 * Free/busy is the meetings tests add plus what the fake calendar's touch-bases occupy, as Google
 * would report it; calendars marked unknown answer unknown.
 */
public final class FakeCalendarAccess implements CalendarAccess, BusyTimes {

    private final FakeCalendarEvents events;
    private final Map<String, List<Interval>> meetings = new HashMap<>();
    private final Map<String, String> unknown = new HashMap<>();
    private int busyQueries;

    public FakeCalendarAccess(FakeCalendarEvents events) {
        this.events = events;
    }

    public static String calendarOf(String accountId) {
        return accountId + "@example.com";
    }

    public synchronized void meeting(String calendarId, Interval when) {
        meetings.computeIfAbsent(calendarId, id -> new ArrayList<>()).add(when);
    }

    public synchronized void unknown(String calendarId, String reason) {
        unknown.put(calendarId, reason);
    }

    public synchronized int busyQueries() {
        return busyQueries;
    }

    @Override
    public String calendarId(String accountId) {
        return calendarOf(accountId);
    }

    @Override
    public CalendarEvents events(String accountId) {
        return events;
    }

    @Override
    public BusyTimes busyTimes(String accountId) {
        return this;
    }

    @Override
    public synchronized Map<String, FreeBusy> busyTimes(Set<String> calendarIds, Interval period) {
        busyQueries++;
        Map<String, FreeBusy> answer = new HashMap<>();
        for (String id : calendarIds) {
            if (unknown.containsKey(id)) {
                answer.put(id, FreeBusy.unknown(id, unknown.get(id)));
                continue;
            }
            List<Interval> busy = new ArrayList<>();
            meetings.getOrDefault(id, List.of()).stream().filter(period::overlaps).forEach(busy::add);
            busy.addAll(events.busyOf(id, period));
            answer.put(id, FreeBusy.known(id, busy.stream().sorted().toList()));
        }
        return answer;
    }
}
