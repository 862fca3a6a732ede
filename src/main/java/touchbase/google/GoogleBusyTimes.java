package touchbase.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import com.google.api.services.calendar.model.TimePeriod;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.planning.BusyTimes;

/**
 * Busy times from Google's {@code freebusy.query}, for any number of calendars over any period.
 * Google takes at most 50 calendars per query and refuses long ranges ({@code timeRangeTooLong}; it
 * does not document the limit, which Cal.com found to be about 90 days), so queries cover at most 50
 * calendars and split the period into as few equal parts of at most {@link #MAX_SPAN_PER_QUERY} as it
 * takes (a 26-week horizon: three parts of about 61 days, the floor of one query per 90 days); should
 * Google refuse such a part, the query is asked again in parts of {@link #SAFE_SPAN_PER_QUERY}, the span
 * Google's notes call safe, and every later query of this process starts there. The answers are merged. A calendar Google answers with {@code errors} (for example {@code notFound})
 * in any part is unknown for the whole period, never free.
 */
public final class GoogleBusyTimes implements BusyTimes {

    public static final int MAX_CALENDARS_PER_QUERY = 50;
    public static final Duration MAX_SPAN_PER_QUERY = Duration.ofDays(90);
    public static final Duration SAFE_SPAN_PER_QUERY = Duration.ofDays(60);

    /** The longest part this process asks for: {@link #MAX_SPAN_PER_QUERY} until Google refuses one. */
    private static volatile Duration longestSpan = MAX_SPAN_PER_QUERY;

    private final Calendar calendar;

    public GoogleBusyTimes(Calendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    @Override
    public Map<String, FreeBusy> busyTimes(Set<String> calendarIds, Interval period) {
        Objects.requireNonNull(calendarIds, "calendarIds must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Map<String, List<Interval>> busy = new LinkedHashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        List<String> ids = List.copyOf(new TreeSet<>(calendarIds));
        for (int from = 0; from < ids.size(); from += MAX_CALENDARS_PER_QUERY) {
            List<String> group = ids.subList(from, Math.min(ids.size(), from + MAX_CALENDARS_PER_QUERY));
            Duration longest = longestSpan;
            try {
                for (Interval span : spans(period, longest)) {
                    collect(group, span, query(group, span), busy, unknown);
                }
            } catch (RangeTooLong refused) {
                longestSpan = SAFE_SPAN_PER_QUERY;
                for (Interval span : spans(period, SAFE_SPAN_PER_QUERY)) {
                    collect(group, span, query(group, span), busy, unknown);
                }
            }
        }
        Map<String, FreeBusy> answer = new LinkedHashMap<>();
        for (String id : ids) {
            answer.put(id, unknown.containsKey(id)
                    ? FreeBusy.unknown(id, unknown.get(id))
                    : FreeBusy.known(id, coalesce(busy.getOrDefault(id, List.of()))));
        }
        return answer;
    }

    /** The period in as few equal parts of at most {@code longest} as it takes. */
    static List<Interval> spans(Interval period, Duration longest) {
        Duration whole = Duration.between(period.start(), period.end());
        long parts = Math.max(1, (whole.toSeconds() + longest.toSeconds() - 1) / longest.toSeconds());
        List<Interval> spans = new ArrayList<>();
        Instant start = period.start();
        for (long part = 1; part <= parts; part++) {
            Instant end = part == parts ? period.end() : period.start().plus(whole.multipliedBy(part).dividedBy(parts));
            spans.add(new Interval(start, end));
            start = end;
        }
        return spans;
    }

    /** Forgets a refused span (for tests of one process that play several Googles). */
    static void forgetRefusedSpans() {
        longestSpan = MAX_SPAN_PER_QUERY;
    }

    /** Google refused a query's range as too long. */
    private static final class RangeTooLong extends RuntimeException {
        RangeTooLong(IOException cause) {
            super(cause);
        }
    }

    private FreeBusyResponse query(List<String> group, Interval span) {
        FreeBusyRequest request = new FreeBusyRequest()
                .setTimeMin(GoogleTimes.dateTime(span.start()))
                .setTimeMax(GoogleTimes.dateTime(span.end()))
                .setItems(group.stream().map(id -> new FreeBusyRequestItem().setId(id)).toList());
        try {
            return calendar.freebusy().query(request).execute();
        } catch (IOException e) {
            if (GoogleErrors.hasReason(e, 400, "timeRangeTooLong")
                    && Duration.between(span.start(), span.end()).compareTo(SAFE_SPAN_PER_QUERY) > 0) {
                throw new RangeTooLong(e);
            }
            throw GoogleErrors.problem(e, "read free/busy times");
        }
    }

    private static void collect(List<String> group, Interval span, FreeBusyResponse response,
            Map<String, List<Interval>> busy, Map<String, String> unknown) {
        Map<String, FreeBusyCalendar> calendars = response.getCalendars() == null ? Map.of() : response.getCalendars();
        for (String id : group) {
            FreeBusyCalendar answer = find(calendars, id);
            if (answer == null) {
                unknown.putIfAbsent(id, "Google did not answer for this calendar");
            } else if (answer.getErrors() != null && !answer.getErrors().isEmpty()) {
                unknown.putIfAbsent(id, answer.getErrors().get(0).getReason());
            } else if (answer.getBusy() != null) {
                List<Interval> intervals = busy.computeIfAbsent(id, key -> new ArrayList<>());
                for (TimePeriod period : answer.getBusy()) {
                    clip(period, span, intervals);
                }
            }
        }
    }

    private static FreeBusyCalendar find(Map<String, FreeBusyCalendar> calendars, String id) {
        FreeBusyCalendar exact = calendars.get(id);
        if (exact != null) {
            return exact;
        }
        return calendars.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(id))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void clip(TimePeriod period, Interval span, List<Interval> into) {
        if (period.getStart() == null || period.getEnd() == null) {
            return;
        }
        Instant start = max(GoogleTimes.instant(period.getStart()), span.start());
        Instant end = min(GoogleTimes.instant(period.getEnd()), span.end());
        if (end.isAfter(start)) {
            into.add(new Interval(start, end));
        }
    }

    /** Sorted, with overlapping or touching intervals (such as one cut at a query boundary) joined. */
    private static List<Interval> coalesce(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().sorted().toList();
        List<Interval> joined = new ArrayList<>();
        for (Interval next : sorted) {
            int last = joined.size() - 1;
            if (last >= 0 && !next.start().isAfter(joined.get(last).end())) {
                Interval previous = joined.get(last);
                joined.set(last, new Interval(previous.start(), max(previous.end(), next.end())));
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
