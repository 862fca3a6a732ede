package touchbase.planning.zones;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;

/**
 * Busy calendars of someone who works 09:00-17:00 on weekdays in a zone: a stand-up at 09:00, a
 * wrap-up ending at 17:00 and meetings in between, written on their wall clock (so daylight saving
 * moves them on the time line as it would a real calendar).
 */
final class SyntheticCalendar {

    static final String EMAIL = "someone@example.com";

    private final ZoneId zone;
    private final List<Interval> busy = new ArrayList<>();

    private SyntheticCalendar(ZoneId zone) {
        this.zone = zone;
    }

    static SyntheticCalendar workingIn(String zoneId) {
        return new SyntheticCalendar(ZoneId.of(zoneId));
    }

    /** A working day on every weekday of {@code [from, to)}, with a middle meeting starting at {@code middleHour}. */
    SyntheticCalendar weekdays(LocalDate from, LocalDate to, int middleHour) {
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                meeting(date, "09:00", "09:30");
                meeting(date, LocalTime.of(middleHour, 0).toString(), LocalTime.of(middleHour, 45).toString());
                meeting(date, "16:00", "17:00");
            }
        }
        return this;
    }

    SyntheticCalendar meeting(LocalDate date, String from, String to) {
        ZonedDateTime start = ZonedDateTime.of(date, LocalTime.parse(from), zone);
        ZonedDateTime end = ZonedDateTime.of(date, LocalTime.parse(to), zone);
        busy.add(new Interval(start.toInstant(), end.toInstant()));
        return this;
    }

    FreeBusy freeBusy() {
        return FreeBusy.known(EMAIL, busy);
    }
}
