package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.booking.Booker;
import touchbase.booking.BookingResult;
import touchbase.colleagues.ColleagueBook;
import touchbase.colleagues.ColleagueEdit;
import touchbase.colleagues.ColleagueInput;
import touchbase.colleagues.ColleagueSaved;
import touchbase.colleagues.ImportReport;
import touchbase.domain.NotFound;
import touchbase.booking.Proposals;
import touchbase.upkeep.Recheck;
import touchbase.upkeep.RecheckReport;
import touchbase.upkeep.Relationships;
import touchbase.colleagues.Removal;
import touchbase.booking.SeriesChanges;
import touchbase.account.SettingsLookup;
import touchbase.booking.TouchBases;
import touchbase.domain.TouchBase;

/**
 * The JSON API for colleagues, planning, touch-bases and rechecks (see the README). Every route
 * runs behind {@link ApiGuard}; creating POSTs honour {@code Idempotency-Key}.
 */
final class BookingApi {

    /** The booking use cases the API calls. */
    record Services(ColleagueBook colleagues, Relationships relationships, Proposals proposals, Booker booker,
            SeriesChanges changes, TouchBases touchBases, Recheck recheck, SettingsLookup settings) {
    }

    private final Services services;
    private final Idempotency idempotency;

    BookingApi(Services services, Idempotency idempotency) {
        this.services = Objects.requireNonNull(services, "services must not be null");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency must not be null");
    }

    void install(RoutesConfig routes) {
        routes.get("/api/colleagues", this::listColleagues);
        routes.post("/api/colleagues", idempotency.wrap(this::addColleague));
        routes.post("/api/colleagues/import", idempotency.wrap(this::importColleagues));
        routes.put("/api/colleagues/{id}", this::editColleague);
        routes.delete("/api/colleagues/{id}", this::removeColleague);
        routes.post("/api/plan", this::plan);
        routes.get("/api/touchbases", this::listSeries);
        routes.post("/api/touchbases", idempotency.wrap(this::book));
        routes.get("/api/touchbases/{id}", this::showSeries);
        routes.delete("/api/touchbases/{id}", this::cancel);
        routes.post("/api/touchbases/{id}/skip", this::skip);
        routes.post("/api/touchbases/{id}/reschedule", this::reschedule);
        routes.post("/api/recheck", this::recheck);
    }

    private void listColleagues(Context ctx) {
        ctx.json(services.relationships().forAccount(account(ctx)).stream().map(ApiJson::relationship).toList());
    }

    private void addColleague(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        ColleagueSaved saved = services.colleagues().add(account(ctx), new ColleagueInput(body.requiredText("email"),
                body.text("name"), body.text("timezone"), body.text("cadence")));
        Map<String, Object> json = ApiJson.colleague(saved.colleague());
        json.put("outcome", saved.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.put("timeZoneNote", saved.zoneNote());
        ctx.status(saved.outcome() == ColleagueSaved.Outcome.ADDED ? HttpStatus.CREATED : HttpStatus.OK).json(json);
    }

    private void importColleagues(Context ctx) {
        ImportReport report = services.colleagues().importCsv(account(ctx), ctx.body());
        ctx.json(Map.of("added", report.count(ImportReport.Outcome.ADDED),
                "updated", report.count(ImportReport.Outcome.UPDATED),
                "rejected", report.count(ImportReport.Outcome.REJECTED),
                "lines", report.lines().stream().map(line -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("line", line.lineNumber());
                    json.put("email", line.email());
                    json.put("outcome", line.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    json.put("message", line.message());
                    return json;
                }).toList()));
    }

    private void editColleague(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = account(ctx);
        String id = ctx.pathParam("id");
        ColleagueEdit edit = new ColleagueEdit(body.text("email"), body.text("name"), body.text("timezone"),
                body.text("cadence"), body.integer("priority", -100, 100), body.text("notes"), Optional.empty(),
                Optional.empty());
        services.colleagues().edit(accountId, id, edit);
        Optional<Boolean> paused = body.bool("paused");
        if (paused.isPresent()) {
            if (paused.get()) {
                services.colleagues().pause(accountId, id);
            } else {
                services.colleagues().resume(accountId, id);
            }
        }
        ctx.json(ApiJson.relationship(services.relationships().forColleague(accountId, id)));
    }

    private void removeColleague(Context ctx) {
        boolean confirm = "true".equalsIgnoreCase(ctx.queryParam("confirm"));
        Removal removal = services.colleagues().remove(account(ctx), ctx.pathParam("id"), confirm);
        if (!removal.removed()) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of(
                    "error", "this colleague has " + removal.series().size() + " touch-base series; repeat with "
                            + "?confirm=true to cancel them (Google tells the colleague) and remove the colleague",
                    "field", "confirm",
                    "series", removal.series().stream().map(TouchBase::id).toList()));
            return;
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void plan(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = account(ctx);
        List<String> ids = body.texts("colleagueIds");
        ctx.json(ApiJson.plan(ids.isEmpty() ? services.proposals().plan(accountId)
                : services.proposals().plan(accountId, ids)));
    }

    private void listSeries(Context ctx) {
        ctx.json(services.touchBases().forAccount(account(ctx)).stream()
                .map(s -> ApiJson.series(s, services.touchBases().changes(s.id()))).toList());
    }

    private void showSeries(Context ctx) {
        TouchBase series = owned(ctx);
        ctx.json(ApiJson.series(series, services.touchBases().changes(series.id())));
    }

    private void book(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = account(ctx);
        ZoneId zone = services.settings().of(accountId).zone();
        BookingResult result = services.booker().book(accountId, body.requiredText("colleagueId"),
                body.dateTime("start", zone), body.text("rrule"), body.bool("acceptStretch").orElse(false));
        if (result instanceof BookingResult.Booked booked) {
            ctx.status(HttpStatus.CREATED).json(ApiJson.series(booked.series(), booked.changes()));
        } else if (result instanceof BookingResult.AlreadyBooked already) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "this colleague already has a touch-base series",
                    "field", "colleagueId", "seriesId", already.series().id()));
        } else if (result instanceof BookingResult.NotPlaced notPlaced) {
            throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "colleagueId", notPlaced.reason());
        }
    }

    private void cancel(Context ctx) {
        TouchBase cancelled = services.changes().cancel(account(ctx), ctx.pathParam("id"));
        ctx.json(ApiJson.series(cancelled, services.touchBases().changes(cancelled.id())));
    }

    private void skip(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        var date = body.date("date").orElseThrow(() -> new BadRequest("date", "date is required, e.g. \"2026-12-08\""));
        ctx.json(ApiJson.change(services.changes().skip(account(ctx), ctx.pathParam("id"), date)));
    }

    private void reschedule(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = account(ctx);
        ZoneId zone = services.settings().of(accountId).zone();
        TouchBase newer;
        if (body.has("cadence") && !body.has("start")) {
            newer = services.changes().changeCadence(accountId, ctx.pathParam("id"), body.requiredText("cadence"));
        } else {
            var start = body.dateTime("start", zone).orElseThrow(() -> new BadRequest("start",
                    "start is required, e.g. \"2026-12-08T10:00\" (or give only \"cadence\" to change the cadence)"));
            newer = services.changes().reschedule(accountId, ctx.pathParam("id"), start, body.text("rrule"));
        }
        ctx.status(HttpStatus.CREATED).json(ApiJson.series(newer, services.touchBases().changes(newer.id())));
    }

    private void recheck(Context ctx) {
        RecheckReport report = services.recheck().recheck(account(ctx));
        ctx.json(Map.of("fullSync", report.fullSync(), "eventsSynced", report.eventsSynced(),
                "items", report.items().stream().map(item -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("seriesId", item.seriesId());
                    json.put("colleagueId", item.colleagueId());
                    json.put("occurrence", item.occurrence().map(Object::toString).orElse(null));
                    json.put("action", item.action().name().toLowerCase(java.util.Locale.ROOT));
                    json.put("detail", item.toString());
                    return json;
                }).toList()));
    }

    private TouchBase owned(Context ctx) {
        String id = ctx.pathParam("id");
        return services.touchBases().find(id).filter(s -> s.accountId().equals(account(ctx)))
                .orElseThrow(() -> new NotFound("touch-base " + id));
    }

    private static String account(Context ctx) {
        return ApiGuard.caller(ctx).accountId();
    }
}
