package touchbase.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import touchbase.account.AccountPreferences;
import touchbase.booking.Booker;
import touchbase.booking.BookingResult;
import touchbase.booking.SeriesChanges;
import touchbase.booking.SeriesLookup;
import touchbase.domain.TouchBase;
import touchbase.web.ApiGuard;
import touchbase.web.BadRequest;
import touchbase.web.JsonBody;

/** The touch-base part of the JSON API: list, show, book, cancel, skip and reschedule series (see the README). */
public final class TouchBasesApi {

    private final SeriesLookup series;
    private final Booker booker;
    private final SeriesChanges changes;
    private final AccountPreferences preferences;
    private final KeptJson kept = new KeptJson();

    public TouchBasesApi(SeriesLookup series, Booker booker, SeriesChanges changes, AccountPreferences preferences) {
        this.series = Objects.requireNonNull(series, "series must not be null");
        this.booker = Objects.requireNonNull(booker, "booker must not be null");
        this.changes = Objects.requireNonNull(changes, "changes must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
    }

    /** {@code GET /api/touchbases}, with a strong ETag (see {@link KeptJson}). */
    public void list(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        kept.answer(ctx, accountId, series.all(accountId), all -> all.stream().map(SeriesAnswers.Series::of).toList());
    }

    public void show(Context ctx) {
        ctx.json(SeriesAnswers.Series.of(series.one(ApiGuard.accountId(ctx), ctx.pathParam("id"))));
    }

    public void book(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = ApiGuard.accountId(ctx);
        BookingResult result = booker.book(accountId, body.requiredText("colleagueId"),
                body.dateTime("start", zone(accountId)), body.text("rrule"), body.bool("acceptStretch").orElse(false));
        if (result instanceof BookingResult.Booked booked) {
            ctx.status(HttpStatus.CREATED).json(SeriesAnswers.Series.of(booked.series(), booked.changes()));
        } else if (result instanceof BookingResult.AlreadyBooked already) {
            ctx.status(HttpStatus.CONFLICT).json(SeriesAnswers.AlreadyBooked.of(already.series()));
        } else if (result instanceof BookingResult.NotPlaced notPlaced) {
            throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "colleagueId", notPlaced.reason());
        }
    }

    public void cancel(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        answerWith(ctx, accountId, changes.cancel(accountId, ctx.pathParam("id")));
    }

    public void skip(Context ctx) {
        LocalDate date = JsonBody.parse(ctx.body()).date("date")
                .orElseThrow(() -> new BadRequest("date", "date is required, e.g. \"2026-12-08\""));
        ctx.json(SeriesAnswers.Change.of(changes.skip(ApiGuard.accountId(ctx), ctx.pathParam("id"), date)));
    }

    public void reschedule(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = ApiGuard.accountId(ctx);
        String id = ctx.pathParam("id");
        TouchBase newer;
        if (body.has("cadence") && !body.has("start")) {
            newer = changes.changeCadence(accountId, id, body.requiredText("cadence"));
        } else {
            ZonedDateTime start = body.dateTime("start", zone(accountId)).orElseThrow(() -> new BadRequest("start",
                    "start is required, e.g. \"2026-12-08T10:00:00+01:00\" or \"2026-12-08T10:00\" (in your time zone); "
                            + "or give only \"cadence\" to change the cadence"));
            newer = changes.reschedule(accountId, id, start, body.text("rrule"));
        }
        ctx.status(HttpStatus.CREATED);
        answerWith(ctx, accountId, newer);
    }

    private void answerWith(Context ctx, String accountId, TouchBase changed) {
        ctx.json(SeriesAnswers.Series.of(series.one(accountId, changed.id())));
    }

    private ZoneId zone(String accountId) {
        return preferences.of(accountId).zone();
    }
}
