package touchbase.web.pages;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.AccountPreferences;
import touchbase.booking.Occurrence;
import touchbase.booking.SeriesLookup;
import touchbase.booking.SeriesOccurrences;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.Relationship;
import touchbase.upkeep.Relationships;
import touchbase.web.ApiCaller;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;
import touchbase.account.changes.PerAccount;

/** The dashboard ({@code GET /} when signed in) and its one-click fix ({@code POST /recheck}). */
public final class DashboardPages {

    public static final Duration AHEAD = Duration.ofDays(28);
    public static final int METER_WEEKS = 26;

    private final Pages pages;
    private final PageGuard guard;
    private final SeriesLookup series;
    private final Relationships relationships;
    private final AccountPreferences preferences;
    private final Recheck recheck;
    private final Clock clock;
    private final PerAccount<Parts> kept = new PerAccount<>();

    public DashboardPages(Pages pages, PageGuard guard, SeriesLookup series, Relationships relationships,
            AccountPreferences preferences, Recheck recheck, Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.series = Objects.requireNonNull(series, "series must not be null");
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
        this.recheck = Objects.requireNonNull(recheck, "recheck must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** What the dashboard's parts are made from: the kept reads (compared as instances), the settings, the day. */
    private record Made(List<Relationship> people, List<SeriesLookup.SeriesDetail> all, AccountSettings settings,
            LocalDate today) {
        boolean same(Made other) {
            return people == other.people && all == other.all && settings.equals(other.settings)
                    && today.equals(other.today);
        }
    }

    /** The dashboard without its shell: the same for every session of the account while it is made the same. */
    private record Parts(Made made, int colleagues, int unplanned, List<DashboardPage.Upcoming> upcoming,
            List<DashboardPage.Attention> attention, DashboardPage.Meter meter, List<ColleaguesPage.Row> people) {
    }

    public void show(Context ctx, ApiCaller caller) {
        ctx.header("Cache-Control", "no-store");
        String accountId = caller.accountId();
        AccountSettings settings = preferences.of(accountId);
        Instant now = clock.instant();
        Made made = new Made(relationships.forAccount(accountId), series.all(accountId), settings,
                now.atZone(settings.zone()).toLocalDate());
        Parts parts = kept.get(accountId, p -> Optional.of(p).filter(same -> same.made().same(made)),
                () -> parts(made, now));
        pages.render(ctx, "dashboard.jte", new DashboardPage(
                pages.shell(ctx, caller, "Dashboard", "dashboard"), caller.account().email(), Times.zone(settings.zone()),
                parts.colleagues(), parts.unplanned(), parts.upcoming(), parts.attention(), parts.meter(), parts.people()));
    }

    private static Parts parts(Made made, Instant now) {
        List<Relationship> people = made.people();
        ZoneId zone = made.settings().zone();
        long unplanned = people.stream().filter(r -> !r.colleague().paused() && r.series().filter(TouchBase::isActive)
                .isEmpty() && r.series().filter(t -> t.status() == TouchBase.Status.FAILED).isEmpty()).count();
        return new Parts(made, people.size(), (int) unplanned, upcoming(made, now), attention(people),
                meter(made.all(), people, made.settings(), now),
                people.stream().limit(DashboardPage.PEOPLE_SHOWN).map(r -> ColleaguePages.row(r, zone, now)).toList());
    }

    /** The held touch-bases of the next {@link #AHEAD}, soonest first. */
    private static List<DashboardPage.Upcoming> upcoming(Made made, Instant now) {
        ZoneId zone = made.settings().zone();
        Map<String, Colleague> byId = new HashMap<>();
        made.people().forEach(r -> byId.put(r.colleague().id(), r.colleague()));
        List<Occurrence> soon = new ArrayList<>();
        Map<String, TouchBase> seriesById = new HashMap<>();
        for (SeriesLookup.SeriesDetail detail : made.all()) {
            if (detail.series().isActive()) {
                seriesById.put(detail.series().id(), detail.series());
                soon.addAll(SeriesOccurrences.heldBetween(detail.series(), detail.changes(), now, now.plus(AHEAD)));
            }
        }
        soon.sort(Comparator.comparing(o -> o.start().toInstant()));
        List<DashboardPage.Upcoming> upcoming = new ArrayList<>();
        for (Occurrence o : soon) {
            TouchBase s = seriesById.get(o.seriesId());
            Colleague c = byId.get(s.colleagueId());
            String name = c == null ? "a removed colleague" : c.displayName();
            ZoneId theirs = c == null ? zone : c.zone();
            boolean booked = s.status() == TouchBase.Status.BOOKED;
            upcoming.add(new DashboardPage.Upcoming(name, c == null ? "" : c.email(),
                    Times.day(o.start(), zone), Times.span(o.start(), o.duration(), zone), Times.theirs(o.start(), zone, theirs),
                    booked ? "Invite sent" + (o.isMoved() ? " · moved from " + Times.day(o.originalStart(), zone) : "")
                            + s.statusReason().map(reason -> " · " + reason).orElse("") : "Being sent to Google",
                    booked ? "ok" : "pending", s.meetUri(), o.isMoved()));
        }
        return upcoming;
    }

    public void recheck(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        recheck.recheck(caller.accountId());
        Pages.redirect(ctx, "/", Notice.RECHECKED);
    }

    private static List<DashboardPage.Attention> attention(List<Relationship> people) {
        List<DashboardPage.Attention> items = new ArrayList<>();
        for (Relationship r : people) {
            String name = r.colleague().displayName();
            Optional<TouchBase> s = r.series();
            if (s.isPresent() && s.get().status() == TouchBase.Status.FAILED) {
                items.add(new DashboardPage.Attention(name, r.attention().orElse("Google did not accept the booking"),
                        "Find a new time with " + name, Optional.empty(), Optional.of("/plan")));
            } else if (s.isPresent() && s.get().status() == TouchBase.Status.BOOKED && r.attention().isPresent()) {
                items.add(new DashboardPage.Attention(name, r.attention().get(),
                        "Check with Google and move clashes", Optional.of("/recheck"), Optional.empty()));
            } else if (r.overdue()) {
                items.add(new DashboardPage.Attention(name, "Overdue: no touch-base or other meeting within the cadence "
                        + "and your grace, and none is booked", "Plan a touch-base with " + name, Optional.empty(),
                        Optional.of("/plan")));
            }
        }
        return items;
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int TOP = 14;
    private static final int BOTTOM = 24;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static DashboardPage.Meter meter(List<SeriesLookup.SeriesDetail> all, List<Relationship> people,
            AccountSettings settings, Instant now) {
        ZoneId zone = settings.zone();
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] counts = weeklyCounts(all, zone, monday);
        double average = people.stream().filter(r -> !r.colleague().paused())
                .mapToDouble(r -> perWeek(r.colleague().cadence().kind())).sum();
        int cap = settings.maxPerWeek();
        int busiest = java.util.Arrays.stream(counts).max().orElse(0);
        int top = Math.max(Math.max(busiest, cap), (int) Math.ceil(average)) + 1;
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = WIDTH / METER_WEEKS;
        List<DashboardPage.Meter.Bar> bars = new ArrayList<>();
        for (int i = 0; i < METER_WEEKS; i++) {
            int h = (int) Math.round((double) counts[i] * plot / top);
            bars.add(new DashboardPage.Meter.Bar(i * slot + 2, TOP + plot - h, slot - 4, h, counts[i],
                    "week of " + WEEK.format(monday.plusWeeks(i)), counts[i] > cap, i % 4 == 0));
        }
        int capY = TOP + plot - (int) Math.round((double) cap * plot / top);
        int averageY = TOP + plot - (int) Math.round(average * plot / top);
        boolean over = busiest > cap || average > cap;
        return new DashboardPage.Meter(bars, cap, average, busiest, over, summary(average, busiest, cap, over), WIDTH,
                HEIGHT, capY, averageY);
    }

    /** Held touch-bases in each of the {@value #METER_WEEKS} weeks from {@code monday}. */
    private static int[] weeklyCounts(List<SeriesLookup.SeriesDetail> all, ZoneId zone, LocalDate monday) {
        int[] counts = new int[METER_WEEKS];
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(METER_WEEKS).atStartOfDay(zone).toInstant();
        for (SeriesLookup.SeriesDetail detail : all) {
            if (!detail.series().isActive()) {
                continue;
            }
            for (Occurrence o : SeriesOccurrences.heldBetween(detail.series(), detail.changes(), from, to)) {
                long week = java.time.temporal.ChronoUnit.WEEKS.between(monday,
                        o.start().withZoneSameInstant(zone).toLocalDate());
                if (week >= 0 && week < METER_WEEKS) {
                    counts[(int) week]++;
                }
            }
        }
        return counts;
    }

    private static String summary(double average, int busiest, int cap, boolean over) {
        return String.format(Locale.ENGLISH,
                "Your colleagues' cadences add up to %.1f touch-bases a week on average; the busiest week ahead has %d;"
                        + " your weekly cap is %d.", average, busiest, cap)
                + (over ? " That is more than your cap: some touch-bases will be skipped or moved. Raise the cap,"
                        + " slow a cadence or pause someone." : " That fits.");
    }

    /** Touch-bases a week one colleague adds up to on average. */
    public static double perWeek(Cadence.Kind kind) {
        return switch (kind) {
            case WEEKLY -> 1.0;
            case EVERY_TWO_WEEKS -> 0.5;
            case MONTHLY -> 12.0 / 52;
            case EVERY_TWO_MONTHS -> 6.0 / 52;
            case QUARTERLY -> 4.0 / 52;
        };
    }
}
