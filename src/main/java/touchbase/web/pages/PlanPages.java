package touchbase.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.AccountPreferences;
import touchbase.booking.Booker;
import touchbase.booking.BookingResult;
import touchbase.booking.Proposals;
import touchbase.booking.SeriesLookup;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;
import touchbase.domain.TouchbaseException;
import touchbase.planning.OccurrenceStatus;
import touchbase.planning.Plan;
import touchbase.planning.Proposal;
import touchbase.planning.ProposedOccurrence;
import touchbase.upkeep.Relationships;
import touchbase.web.ApiCaller;
import touchbase.web.BadRequest;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/** The Plan page ({@code GET /plan}), "Book" for one proposal and "Book all". Books through {@link Booker} only. */
public final class PlanPages {

    public static final int ALTERNATIVES = 2;
    private static final int NOTES_SHOWN = 4;
    static final String STRETCH_REFUSED = "Not booked: this time lies outside working hours. Tick \"Meet outside "
            + "working hours\" to agree to it, then book again.";

    private final Pages pages;
    private final PageGuard guard;
    private final Proposals proposals;
    private final Booker booker;
    private final SeriesLookup series;
    private final Relationships relationships;
    private final AccountPreferences preferences;

    public PlanPages(Pages pages, PageGuard guard, Proposals proposals, Booker booker, SeriesLookup series,
            Relationships relationships, AccountPreferences preferences) {
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.proposals = Objects.requireNonNull(proposals, "proposals must not be null");
        this.booker = Objects.requireNonNull(booker, "booker must not be null");
        this.series = Objects.requireNonNull(series, "series must not be null");
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
    }

    public void show(Context ctx) {
        render(ctx, guard.page(ctx), "", "");
    }

    public void book(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String colleagueId = ctx.pathParam("id");
        relationships.forColleague(caller.accountId(), colleagueId);
        Optional<ZonedDateTime> start = Optional.ofNullable(ctx.formParam("start")).filter(s -> !s.isBlank())
                .map(PlanPages::parseStart);
        Optional<String> rrule = Optional.ofNullable(ctx.formParam("rrule")).filter(s -> !s.isBlank());
        boolean acceptStretch = "true".equals(ctx.formParam(Booker.StretchNeedsConsent.FIELD));
        BookingResult result;
        try {
            result = booker.book(caller.accountId(), colleagueId, start, rrule, acceptStretch);
        } catch (Booker.StretchNeedsConsent e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, caller, STRETCH_REFUSED, colleagueId);
            return;
        } catch (TouchbaseException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, caller, "Not booked: " + e.getMessage(), "");
            return;
        }
        if (result instanceof BookingResult.NotPlaced notPlaced) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, caller, "Not booked: " + notPlaced.reason(), "");
        } else if (result instanceof BookingResult.AlreadyBooked) {
            Pages.redirect(ctx, "/plan", Notice.ALREADY_BOOKED);
        } else {
            Pages.redirect(ctx, "/plan", Notice.BOOKING);
        }
    }

    public void bookAll(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        List<BookingResult> results = booker.bookAll(caller.accountId());
        boolean any = results.stream().anyMatch(BookingResult.Booked.class::isInstance);
        Pages.redirect(ctx, "/plan", any ? Notice.BOOKING : Notice.NOTHING_TO_BOOK);
    }

    private void render(Context ctx, ApiCaller caller, String error, String errorFor) {
        String accountId = caller.accountId();
        ZoneId zone = preferences.of(accountId).zone();
        Plan plan = proposals.plan(accountId);
        List<PlanPage.ProposalView> views = new ArrayList<>();
        for (Proposal p : plan.proposals()) {
            Colleague c = p.colleague();
            if (p instanceof Proposal.Placed placed) {
                List<PlanPage.Slot> alternatives = proposals.alternatives(accountId, placed, ALTERNATIVES).stream()
                        .map(a -> slot(a, zone)).toList();
                views.add(new PlanPage.ProposalView(c.id(), c.displayName(), c.email(), true, p.reason(),
                        slot(placed, zone), alternatives));
            } else {
                views.add(new PlanPage.ProposalView(c.id(), c.displayName(), c.email(), false, p.reason(), null,
                        List.of()));
            }
        }
        Map<String, String> names = new HashMap<>();
        relationships.forAccount(accountId).forEach(r -> names.put(r.colleague().id(), r.colleague().displayName()));
        List<PlanPage.Writing> writing = series.all(accountId).stream().map(SeriesLookup.SeriesDetail::series)
                .filter(s -> s.status() == TouchBase.Status.PENDING)
                .map(s -> new PlanPage.Writing(s.id(), names.getOrDefault(s.colleagueId(), "a colleague"),
                        Times.moment(s.firstStart(), zone)))
                .toList();
        pages.render(ctx, "plan.jte", new PlanPage(pages.shell(ctx, caller, "Plan", "plan"), views, writing, error,
                Times.day(plan.earliest(), zone) + " to " + Times.day(plan.horizonEnd(), zone), errorFor));
    }

    public static PlanPage.Slot slot(Proposal.Placed p, ZoneId zone) {
        ZoneId theirs = p.colleague().zone();
        List<String> notes = new ArrayList<>();
        for (ProposedOccurrence o : p.occurrences()) {
            if (notes.size() == NOTES_SHOWN) {
                break;
            }
            if (o.status() == OccurrenceStatus.MOVED) {
                notes.add(Times.day(o.regularStart(), zone) + ": moved to " + Times.moment(o.start(), zone)
                        + (o.note().isBlank() ? "" : " (" + o.note() + ")"));
            } else if (o.status() == OccurrenceStatus.SKIPPED) {
                notes.add(Times.day(o.regularStart(), zone) + ": skipped" + (o.note().isBlank() ? "" : " (" + o.note()
                        + ")"));
            }
        }
        return new PlanPage.Slot(Times.sentence(p.cadence().describe()), Times.when(p.firstStart(), p.duration(), zone),
                Times.theirs(p.firstStart(), zone, theirs), p.count(OccurrenceStatus.FREE),
                p.count(OccurrenceStatus.MOVED), p.count(OccurrenceStatus.SKIPPED), p.count(OccurrenceStatus.UNKNOWN),
                p.occurrences().size(), notes, p.firstStart().toString(), p.rrule(),
                p.stretch().map(Proposal.Stretch::words).orElse(""));
    }

    private static ZonedDateTime parseStart(String text) {
        try {
            return ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest("start", "the start \"" + text + "\" is not a date and time; reload the plan");
        }
    }
}
