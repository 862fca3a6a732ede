package touchbase.feed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A compact VTIMEZONE (RFC 5545 section 3.6.5) written from the same java.time zone rules Touchbase
 * plans with, so a reader that trusts the VTIMEZONE over its own zone database still gets the
 * offsets Touchbase (and Google) used. It holds an observance for the offset in force a year before
 * the earliest event, each historical transition after that, and one yearly observance per recurring
 * rule of the zone (for example "last Sunday of March at 01:00 UTC" as
 * {@code RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU}).
 */
final class VTimeZones {

    private VTimeZones() {
    }

    static VTimeZone of(ZoneId zone, Instant earliest) {
        ZoneRules rules = zone.getRules();
        Instant from = earliest.atZone(zone).minusYears(1).toInstant();
        VTimeZone vTimeZone = new VTimeZone();
        vTimeZone.add(new TzId(zone.getId()));
        ZoneOffset offset = rules.getOffset(from);
        vTimeZone.add(observance(rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, offset), offset, offset));
        List<ZoneOffsetTransition> history = rules.getTransitions();
        for (ZoneOffsetTransition transition : history) {
            if (transition.getInstant().isAfter(from)) {
                vTimeZone.add(observance(rules.isDaylightSavings(transition.getInstant()),
                        transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter()));
            }
        }
        int firstYear = history.isEmpty() ? 1970
                : history.get(history.size() - 1).getDateTimeAfter().getYear() + 1;
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            vTimeZone.add(yearly(rule, firstYear));
        }
        return vTimeZone;
    }

    private static Observance yearly(ZoneOffsetTransitionRule rule, int firstYear) {
        ZoneOffsetTransition first = rule.createTransition(firstYear);
        Observance observance = observance(!rule.getOffsetAfter().equals(rule.getStandardOffset()),
                first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter());
        observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + first.getDateTimeBefore().getMonthValue() + ";"
                + days(rule, first.getDateTimeBefore())));
        return observance;
    }

    /** The days of the month the rule falls on, as BYMONTHDAY and BYDAY parts. */
    private static String days(ZoneOffsetTransitionRule rule, LocalDateTime firstBefore) {
        DayOfWeek day = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        int shift = rule.isMidnightEndOfDay() ? 1 : 0;
        if (day == null) {
            return "BYMONTHDAY=" + firstBefore.getDayOfMonth();
        }
        DayOfWeek actual = day.plus(shift);
        String code = actual.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2).toUpperCase(Locale.ROOT);
        if (indicator == -1 && shift == 0) {
            return "BYDAY=-1" + code;
        }
        if (indicator < 0) {
            throw new IllegalStateException("zone rule " + rule + " is not supported in a VTIMEZONE yet");
        }
        StringBuilder monthDays = new StringBuilder();
        for (int d = indicator + shift; d < indicator + shift + 7; d++) {
            monthDays.append(monthDays.length() == 0 ? "" : ",").append(d);
        }
        return "BYMONTHDAY=" + monthDays + ";BYDAY=" + code;
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(start.withNano(0)));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        return observance;
    }
}
