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
 * rule of the zone, in the usual form where there is one ({@code RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU} for
 * "last Sunday of March", {@code BYDAY=1SU} for "first Sunday"), else as a week of month days and a
 * weekday ({@code BYMONTHDAY=9,10,11,12,13,14,15;BYDAY=FR}).
 */
final class VTimeZones {

    /** Years written one by one for a rule a yearly RRULE cannot say ("the Sunday on or before the 25th", "at 24:00"). */
    static final int ONE_BY_ONE_YEARS = 30;

    private VTimeZones() {
    }

    private static boolean expressible(ZoneOffsetTransitionRule rule) {
        return !rule.isMidnightEndOfDay()
                && (rule.getDayOfWeek() == null || rule.getDayOfMonthIndicator() == -1
                        || (rule.getDayOfMonthIndicator() > 0
                                && rule.getDayOfMonthIndicator() + 6 <= rule.getMonth().minLength()));
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
            if (expressible(rule)) {
                vTimeZone.add(yearly(rule, firstYear));
            } else {
                int startYear = Math.max(firstYear, earliest.atZone(zone).getYear() - 1);
                for (int year = startYear; year <= startYear + ONE_BY_ONE_YEARS; year++) {
                    ZoneOffsetTransition transition = rule.createTransition(year);
                    vTimeZone.add(observance(!rule.getOffsetAfter().equals(rule.getStandardOffset()),
                            transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter()));
                }
            }
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
        int first = indicator + shift;
        int monthLength = firstBefore.getMonth().maxLength();
        if ((indicator == -1 && shift == 0)
                || (firstBefore.getMonth() != java.time.Month.FEBRUARY && first == monthLength - 6)) {
            return "BYDAY=-1" + code;
        }
        if (first > 0 && first <= 22 && (first - 1) % 7 == 0) {
            return "BYDAY=" + ((first - 1) / 7 + 1) + code;
        }
        StringBuilder monthDays = new StringBuilder();
        for (int d = first; d < first + 7; d++) {
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
