package touchbase.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import touchbase.domain.NotFound;
import touchbase.domain.OccurrenceChange;
import java.util.List;
import touchbase.upkeep.EditColleague;
import touchbase.upkeep.JustMet;
import touchbase.upkeep.RecheckReport;
import java.util.Optional;
import touchbase.colleagues.ColleagueBook;
import touchbase.colleagues.ColleagueEdit;
import touchbase.colleagues.ColleagueInput;
import touchbase.colleagues.ColleagueSaved;
import touchbase.colleagues.Removal;
import touchbase.upkeep.Relationships;
import touchbase.web.ApiGuard;
import touchbase.web.JsonBody;

/** The colleagues part of the JSON API: list, add, import, edit and remove (see the README). */
public final class ColleaguesApi {

    private final ColleagueBook colleagues;
    private final Relationships relationships;
    private final Optional<JustMet> justMet;
    private final Optional<EditColleague> editing;
    private final KeptJson kept = new KeptJson();

    public ColleaguesApi(ColleagueBook colleagues, Relationships relationships) {
        this(colleagues, relationships, Optional.empty());
    }

    public ColleaguesApi(ColleagueBook colleagues, Relationships relationships, Optional<JustMet> justMet) {
        this(colleagues, relationships, justMet, Optional.empty());
    }

    /** With {@code editing}, an edit that changes a colleague's zone re-plans their occurrences and answers what moved. */
    public ColleaguesApi(ColleagueBook colleagues, Relationships relationships, Optional<JustMet> justMet,
            Optional<EditColleague> editing) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.relationships = Objects.requireNonNull(relationships, "relationships must not be null");
        this.justMet = Objects.requireNonNull(justMet, "justMet must not be null");
        this.editing = Objects.requireNonNull(editing, "editing must not be null");
    }

    /** {@code POST /api/colleagues/{id}/just-met}: skips the next touch-base; answers the skip and the standing. */
    public void justMet(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        String id = ctx.pathParam("id");
        JustMet use = justMet.orElseThrow(() -> new NotFound("just-met"));
        OccurrenceChange skipped = use.skipNext(accountId, id);
        ctx.json(new ColleagueAnswers.JustMetAnswer(skipped.originalStart(),
                ColleagueAnswers.Standing.of(relationships.forColleague(accountId, id))));
    }

    /** {@code GET /api/colleagues}, with a strong ETag (see {@link KeptJson}). */
    public void list(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        kept.answer(ctx, accountId, relationships.forAccount(accountId),
                all -> all.stream().map(ColleagueAnswers.Standing::of).toList());
    }

    public void add(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        ColleagueSaved saved = colleagues.add(ApiGuard.accountId(ctx), new ColleagueInput(body.requiredText("email"),
                body.text("name"), body.text("timezone"), body.text("cadence")));
        ctx.status(saved.outcome() == ColleagueSaved.Outcome.ADDED ? HttpStatus.CREATED : HttpStatus.OK)
                .json(ColleagueAnswers.Saved.of(saved));
    }

    public void importCsv(Context ctx) {
        ctx.json(ColleagueAnswers.Imported.of(colleagues.importCsv(ApiGuard.accountId(ctx), ctx.body())));
    }

    public void edit(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = ApiGuard.accountId(ctx);
        String id = ctx.pathParam("id");
        ColleagueEdit edit = new ColleagueEdit(body.text("email"), body.text("name"), body.text("timezone"),
                body.text("cadence"), body.integer("priority", -100, 100), body.text("notes"), Optional.empty(),
                Optional.empty());
        List<RecheckReport.Item> moved = editing.map(e -> e.edit(accountId, id, edit).moved()).orElseGet(() -> {
            colleagues.edit(accountId, id, edit);
            return List.of();
        });
        body.bool("paused").ifPresent(paused -> {
            if (paused) {
                colleagues.pause(accountId, id);
            } else {
                colleagues.resume(accountId, id);
            }
        });
        ctx.json(new ColleagueAnswers.Edited(ColleagueAnswers.Standing.of(relationships.forColleague(accountId, id)),
                SeriesAnswers.Recheck.items(moved)));
    }

    public void remove(Context ctx) {
        boolean confirm = "true".equalsIgnoreCase(ctx.queryParam("confirm"));
        Removal removal = colleagues.remove(ApiGuard.accountId(ctx), ctx.pathParam("id"), confirm);
        if (removal.removed()) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else {
            ctx.status(HttpStatus.CONFLICT).json(ColleagueAnswers.RemovalUnconfirmed.of(removal));
        }
    }
}
