package touchbase.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.AccountPreferences;
import touchbase.booking.LiveSeries;
import touchbase.booking.Occurrence;
import touchbase.booking.SeriesChanges;
import touchbase.booking.SeriesLookup;
import touchbase.booking.SeriesOccurrences;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.domain.TouchbaseException;
import touchbase.upkeep.Relationships;
import touchbase.web.ApiCaller;
import touchbase.web.FeedLinks;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/** The Series page and its changes, each through {@link SeriesChanges}. */
public final class SeriesPages {

    public static final Duration SHOWN = Duration.ofDays(84);
    public static final int OCCURRENCES_SHOWN = 4;

    private final Pages pages;
    private final PageGuard guard;
    private final SeriesLookup series;
    private final SeriesChanges changes;
    private final Relationships relationships;
    private final AccountPreferences preferences;
    private final Optional<FeedLinks> feed;
    private final Clock clock;

    public SeriesPages(Pages pages, PageGuard guard, SeriesLookup series, SeriesChanges changes, Relationships relationships,
            AccountPreferences preferences, Optional<FeedLinks> feed, Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.series = Objects.requireNonNull(series, "series must not be null");
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
        this.feed = Objects.requireNonNull(feed, "feed must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    public void show(Context ctx) {
        render(ctx, guard.page(ctx), "", Form.empty());
    }

    public void skip(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String id = ctx.pathParam("id");
        Form form = Form.of(Map.of("date", Objects.requireNonNullElse(ctx.formParam("date"), "")));
        try {
            LocalDate date = LocalDate.parse(form.value("date"));
            changes.skip(caller.accountId(), id, date);
            Pages.redirect(ctx, "/series", Notice.SKIPPED);
        } catch (DateTimeParseException e) {
            refuse(ctx, caller, id, form.withError("date", "Pick a date such as 2026-12-08."));
        } catch (TouchbaseException e) {
            refuse(ctx, caller, id, form.withError(FormErrors.field(e), e.getMessage()));
        }
    }

    public void reschedule(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String id = ctx.pathParam("id");
        Form form = Form.of(Map.of("start", Objects.requireNonNullElse(ctx.formParam("start"), "")));
        ZoneId zone = preferences.of(caller.accountId()).zone();
        try {
            ZonedDateTime start = LocalDateTime.parse(form.value("start")).atZone(zone);
            changes.reschedule(caller.accountId(), id, start, Optional.empty());
            Pages.redirect(ctx, "/series", Notice.RESCHEDULED);
        } catch (DateTimeParseException e) {
            refuse(ctx, caller, id, form.withError("start", "Pick a date and time for the new first touch-base."));
        } catch (TouchbaseException e) {
            refuse(ctx, caller, id, form.withError(FormErrors.field(e), e.getMessage()));
        }
    }

    public void changeCadence(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String id = ctx.pathParam("id");
        Form form = Form.of(Map.of("cadence", Objects.requireNonNullElse(ctx.formParam("cadence"), "")));
        try {
            changes.changeCadence(caller.accountId(), id, form.value("cadence"));
            Pages.redirect(ctx, "/series", Notice.CADENCE_CHANGED);
        } catch (TouchbaseException e) {
            refuse(ctx, caller, id, form.withError(FormErrors.field(e), e.getMessage()));
        }
    }

    public void confirmCancel(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        TouchBase s = series.one(caller.accountId(), ctx.pathParam("id")).series();
        ZoneId zone = preferences.of(caller.accountId()).zone();
        String name = relationships.forColleague(caller.accountId(), s.colleagueId()).colleague().displayName();
        pages.render(ctx, "series-cancel.jte", new CancelSeriesPage(pages.shell(ctx, caller, "Cancel touch-bases with "
                + name, "series"), s.id(), name, ColleaguePages.describe(s, zone)));
    }

    public void cancel(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        changes.cancel(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/series", Notice.CANCELLED);
    }

    private void refuse(Context ctx, ApiCaller caller, String seriesId, Form form) {
        series.one(caller.accountId(), seriesId);
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, caller, seriesId, form);
    }

    private void render(Context ctx, ApiCaller caller, String formFor, Form form) {
        String accountId = caller.accountId();
        ZoneId zone = preferences.of(accountId).zone();
        Map<String, Colleague> colleagues = new HashMap<>();
        relationships.forAccount(accountId).forEach(r -> colleagues.put(r.colleague().id(), r.colleague()));
        Instant now = clock.instant();
        List<SeriesPage.SeriesView> views = new ArrayList<>();
        for (SeriesLookup.SeriesDetail detail : series.all(accountId)) {
            TouchBase s = detail.series();
            if (!s.isActive() && s.status() != TouchBase.Status.FAILED) {
                continue;
            }
            Colleague c = colleagues.get(s.colleagueId());
            views.add(view(s, detail.changes(), c, zone, now));
        }
        views.sort(Comparator.comparing(SeriesPage.SeriesView::name, String.CASE_INSENSITIVE_ORDER));
        pages.render(ctx, "series.jte", new SeriesPage(pages.shell(ctx, caller, "Series", "series"), views, formFor,
                form));
    }

    private SeriesPage.SeriesView view(TouchBase s, List<OccurrenceChange> changed, Colleague c, ZoneId zone,
            Instant now) {
        ZoneId theirs = c == null ? zone : c.zone();
        List<SeriesPage.OccurrenceView> occurrences = new ArrayList<>();
        for (Occurrence o : SeriesOccurrences.between(s, changed, now, now.plus(SHOWN))) {
            if (occurrences.size() == OCCURRENCES_SHOWN) {
                break;
            }
            String kind = o.change().map(ch -> ch.kind() == OccurrenceChange.Kind.MOVED ? "moved" : "skipped")
                    .orElse("");
            String note = o.change().map(ch -> ch.kind() == OccurrenceChange.Kind.MOVED
                    ? "moved from " + Times.moment(o.originalStart(), zone) + (ch.reason().isBlank() ? "" : ": "
                            + ch.reason())
                    : ch.reason().isBlank() ? "skipped" : ch.reason()).orElse("");
            occurrences.add(new SeriesPage.OccurrenceView(Times.day(o.start(), zone),
                    Times.when(o.start(), o.duration(), zone), Times.theirs(o.start(), zone, theirs), kind, note,
                    o.start().withZoneSameInstant(s.firstStart().getZone()).toLocalDate().toString(),
                    o.isHeld() && s.isActive()));
        }
        SeriesRule rule = s.rule();
        ZonedDateTime next = SeriesOccurrences.between(s, changed, now, now.plus(Duration.ofDays(400))).stream()
                .findFirst().map(Occurrence::originalStart).orElse(s.firstStart());
        String status = switch (s.status()) {
            case BOOKED -> "Booked on Google Calendar";
            case PENDING -> "Being sent to Google";
            case FAILED -> s.statusReason().filter(touchbase.booking.OutboxWorker.RECONNECT::equals).isPresent()
                    ? touchbase.booking.OutboxWorker.RECONNECT + " (it is kept, and sent once you reconnect)"
                    : "Google refused it: " + s.statusReason().orElse("unknown reason");
            case CANCELLED, ENDED -> s.status().wireName();
        };
        return new SeriesPage.SeriesView(s.id(), c == null ? "a removed colleague" : c.displayName(),
                c == null ? "" : c.email(), ColleaguePages.describe(s, zone),
                Times.when(s.firstStart(), s.duration(), zone), Times.theirs(s.firstStart(), zone, theirs), status,
                s.status() == TouchBase.Status.BOOKED ? "ok" : s.status() == TouchBase.Status.FAILED ? "bad" : "pending",
                s.meetUri(), occurrences, Times.LOCAL_INPUT.format(next.withZoneSameInstant(zone)),
                rule.cadence().kind().words(), feed.map(f -> f.seriesFile(s.id())));
    }
}
