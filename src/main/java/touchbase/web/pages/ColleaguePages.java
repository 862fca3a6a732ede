package touchbase.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.AccountPreferences;
import touchbase.booking.SeriesLookup;
import touchbase.colleagues.ColleagueBook;
import touchbase.colleagues.ColleagueEdit;
import touchbase.colleagues.ColleagueInput;
import touchbase.colleagues.ColleagueSaved;
import touchbase.colleagues.ImportReport;
import touchbase.domain.Colleague;
import touchbase.domain.NotFound;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.domain.TouchbaseException;
import touchbase.upkeep.JustMet;
import touchbase.upkeep.LastContact;
import touchbase.upkeep.Relationship;
import touchbase.upkeep.Relationships;
import touchbase.web.ApiCaller;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/** The Colleagues pages: list, add, CSV import, edit, pause and resume, "we just met", remove with confirmation. */
public final class ColleaguePages {

    /** The largest CSV accepted from the page (about 5,000 lines). */
    public static final int CSV_MAX_BYTES = 512 * 1024;

    private final Pages pages;
    private final PageGuard guard;
    private final ColleagueBook colleagues;
    private final Relationships relationships;
    private final AccountPreferences preferences;
    private final SeriesLookup seriesLookup;
    private final Optional<JustMet> justMet;
    private final Clock clock;

    public ColleaguePages(Pages pages, PageGuard guard, ColleagueBook colleagues, Relationships relationships,
            AccountPreferences preferences, SeriesLookup seriesLookup, Optional<JustMet> justMet, Clock clock) {
        this.justMet = Objects.requireNonNull(justMet, "justMet must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.seriesLookup = Objects.requireNonNull(seriesLookup, "seriesLookup must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
    }

    public void list(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        render(ctx, caller, Form.empty(), Optional.empty(), Form.empty());
    }

    public void add(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        Form form = Form.of(values(ctx, "email", "name", "timezone", "cadence"));
        try {
            ColleagueSaved saved = colleagues.add(caller.accountId(), new ColleagueInput(form.value("email"),
                    text(form.value("name")), text(form.value("timezone")), text(form.value("cadence"))));
            Pages.redirect(ctx, "/colleagues", saved.outcome() == ColleagueSaved.Outcome.ADDED ? Notice.ADDED
                    : Notice.UPDATED);
        } catch (TouchbaseException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, caller, form.withError(FormErrors.field(e), e.getMessage()), Optional.empty(), Form.empty());
        }
    }

    public void importCsv(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String csv = Objects.requireNonNullElse(ctx.formParam("csv"), "");
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            if (file.size() > CSV_MAX_BYTES) {
                ctx.status(HttpStatus.BAD_REQUEST);
                render(ctx, caller, Form.empty(), Optional.empty(), Form.empty().withError("file",
                        "The file is " + file.size() / 1024 + " KB; at most " + CSV_MAX_BYTES / 1024 + " KB, please."));
                return;
            }
            try (InputStream in = file.content()) {
                csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Form form = Form.of(Map.of("csv", csv.length() > CSV_MAX_BYTES ? "" : csv));
        if (csv.isBlank()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, caller, Form.empty(), Optional.empty(), form.withError("csv",
                    "Choose a CSV file or paste lines such as: ana@example.com,Ana Souza,America/Sao_Paulo,monthly"));
            return;
        }
        if (csv.length() > CSV_MAX_BYTES) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, caller, Form.empty(), Optional.empty(), form.withError("csv",
                    "That is more than " + CSV_MAX_BYTES / 1024 + " KB of text; import it in parts."));
            return;
        }
        ImportReport report = colleagues.importCsv(caller.accountId(), csv);
        ColleaguesPage.Imported imported = new ColleaguesPage.Imported(report.count(ImportReport.Outcome.ADDED),
                report.count(ImportReport.Outcome.UPDATED), report.count(ImportReport.Outcome.REJECTED),
                report.lines().stream().map(l -> new ColleaguesPage.Imported.Line(
                        l.outcome().name().toLowerCase(java.util.Locale.ROOT), l.message())).toList());
        render(ctx, caller, Form.empty(), Optional.of(imported),
                report.count(ImportReport.Outcome.REJECTED) > 0 ? form : Form.empty());
    }

    public void edit(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        Colleague c = relationships.forColleague(caller.accountId(), ctx.pathParam("id")).colleague();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("email", c.email());
        values.put("name", c.displayName());
        values.put("timezone", c.zone().getId());
        values.put("cadence", c.cadence().open().describe());
        values.put("notes", c.notes());
        pages.render(ctx, "colleague.jte", new ColleaguePage(pages.shell(ctx, caller, "Edit " + c.displayName(),
                "colleagues"), c.id(), c.displayName(), Form.of(values)));
    }

    public void save(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        String id = ctx.pathParam("id");
        Colleague c = relationships.forColleague(caller.accountId(), id).colleague();
        Form form = Form.of(values(ctx, "email", "name", "timezone", "cadence", "notes"));
        try {
            colleagues.edit(caller.accountId(), id, new ColleagueEdit(Optional.of(form.value("email")),
                    Optional.of(form.value("name")), Optional.of(form.value("timezone")),
                    text(form.value("cadence")), Optional.empty(), Optional.of(form.value("notes")),
                    Optional.empty(), Optional.empty()));
            Pages.redirect(ctx, "/colleagues", Notice.UPDATED);
        } catch (TouchbaseException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            pages.render(ctx, "colleague.jte", new ColleaguePage(pages.shell(ctx, caller, "Edit " + c.displayName(),
                    "colleagues"), id, c.displayName(), form.withError(e instanceof touchbase.domain.Conflict ? "email" : FormErrors.field(e),
                            e.getMessage())));
        }
    }

    public void pause(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        colleagues.pause(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/colleagues", Notice.PAUSED);
    }

    public void resume(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        colleagues.resume(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/colleagues", Notice.RESUMED);
    }

    /**
     * "We just met" ({@code POST /colleagues/{id}/just-met}): skips the next touch-base with the colleague
     * and goes back to the page the button was on ({@code back=dashboard} or the Colleagues page), whose
     * notice names the day skipped ({@code skipped=2026-12-08}, in the person's zone).
     */
    public void justMet(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        JustMet use = justMet.orElseThrow(() -> new NotFound("just-met"));
        OccurrenceChange skipped = use.skipNext(caller.accountId(), ctx.pathParam("id"));
        ZoneId zone = preferences.of(caller.accountId()).zone();
        String back = "dashboard".equals(ctx.formParam("back")) ? "/" : "/colleagues";
        Pages.redirect(ctx, back + "?skipped=" + skipped.originalStart().withZoneSameInstant(zone).toLocalDate(),
                Notice.JUST_MET);
    }

    public void confirmRemove(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        String id = ctx.pathParam("id");
        Relationship r = relationships.forColleague(caller.accountId(), id);
        ZoneId zone = preferences.of(caller.accountId()).zone();
        List<String> series = seriesLookup.all(caller.accountId()).stream().map(SeriesLookup.SeriesDetail::series)
                .filter(s -> s.colleagueId().equals(id) && s.isActive()).map(s -> describe(s, zone)).toList();
        pages.render(ctx, "colleague-remove.jte", new RemoveColleaguePage(pages.shell(ctx, caller,
                "Remove " + r.colleague().displayName(), "colleagues"), id, r.colleague().displayName(), series));
    }

    public void remove(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        colleagues.remove(caller.accountId(), ctx.pathParam("id"), true);
        Pages.redirect(ctx, "/colleagues", Notice.REMOVED);
    }

    private void render(Context ctx, ApiCaller caller, Form add, Optional<ColleaguesPage.Imported> imported,
            Form csv) {
        ZoneId zone = preferences.of(caller.accountId()).zone();
        Instant now = clock.instant();
        List<ColleaguesPage.Row> rows = relationships.forAccount(caller.accountId()).stream()
                .map(r -> row(r, zone, now)).toList();
        pages.render(ctx, "colleagues.jte", new ColleaguesPage(pages.shell(ctx, caller, "Colleagues", "colleagues"),
                rows, add, imported, csv, zone.getId()));
    }

    /** One colleague as the Colleagues page and the dashboard list them (in the order given: most overdue first). */
    static ColleaguesPage.Row row(Relationship r, ZoneId zone, Instant now) {
        Colleague c = r.colleague();
        Optional<String> series = r.series().filter(TouchBase::isActive).map(s -> describe(s, zone));
        Optional<ColleaguesPage.Contact> last = r.lastContact().map(contact -> new ColleaguesPage.Contact(
                Times.day(contact.at(), zone), Times.ago(contact.at(), now, zone), kind(contact)));
        return new ColleaguesPage.Row(c.id(), c.displayName(), c.email(), Times.zone(c.zone()),
                Times.sentence(r.cadence()), r.next().map(n -> Times.moment(n, zone)).orElse("Not booked"), last,
                r.overdue(), r.attention().orElse(""), c.paused(), series,
                r.next().filter(n -> series.isPresent()).map(n -> Times.shortDay(n, zone)));
    }

    /** "touch-base", "other meeting", or "other meeting: Project review" when titles are shown. */
    private static String kind(LastContact contact) {
        return contact.kind() == LastContact.Kind.TOUCH_BASE ? "touch-base"
                : "other meeting" + contact.title().map(title -> ": " + title).orElse("");
    }

    /** "Every two weeks on Friday at 10:00 London time, from Fri 11 Dec 2026". */
    public static String describe(TouchBase s, ZoneId zone) {
        String words = s.rule().cadence().describe();
        return Times.sentence(words) + " at " + Times.TIME_ONLY.format(s.firstStart().withZoneSameInstant(zone))
                + " " + Times.place(zone) + " time, from " + Times.day(s.firstStart(), zone);
    }

    private static Map<String, String> values(Context ctx, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, Objects.requireNonNullElse(ctx.formParam(field), ""));
        }
        return values;
    }

    private static Optional<String> text(String value) {
        return Optional.of(value.strip()).filter(v -> !v.isEmpty());
    }
}
