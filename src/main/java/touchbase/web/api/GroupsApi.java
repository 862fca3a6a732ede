package touchbase.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import touchbase.booking.BookingResult;
import touchbase.booking.GroupBooking;
import touchbase.booking.roulette.RouletteBooking;
import touchbase.colleagues.GroupBook;
import touchbase.domain.Group;
import touchbase.domain.NotFound;
import touchbase.web.ApiGuard;
import touchbase.web.BadRequest;
import touchbase.web.CadenceInput;
import touchbase.web.JsonBody;

/**
 * Team virtual coffee in the JSON API: {@code POST /api/groups}, {@code GET /api/groups}, and the
 * group forms of {@code POST /api/plan} and {@code POST /api/touchbases} (a body with {@code groupId}).
 */
public final class GroupsApi {

    /** The use cases behind it; {@code roulette} books the groups that rotate pairs. */
    public record UseCases(GroupBook book, GroupBooking booking, Optional<RouletteBooking> roulette) {

        public UseCases(GroupBook book, GroupBooking booking) {
            this(book, booking, Optional.empty());
        }
    }

    /** A group as the API answers it; {@code cadence} in words, {@code cadenceRule} as an RRULE. */
    record GroupAnswer(String id, String name, List<String> colleagueIds, String cadence, String cadenceRule,
            int quorum, boolean roulette) {
        static GroupAnswer of(Group g) {
            return new GroupAnswer(g.id(), g.name(), g.colleagueIds(), g.cadence().describe(), g.cadence().toRRule(),
                    g.quorum(), g.roulette());
        }
    }

    /** The proposal for a group, shaped as a pair's ({@code colleagueId} is the group's id). */
    record GroupPlanAnswer(String groupId, SeriesAnswers.ProposalAnswer proposal) {
    }

    private final Optional<UseCases> groups;

    public GroupsApi(Optional<UseCases> groups) {
        this.groups = groups;
    }

    /** {@code group} when the JSON body names a {@code groupId}, else {@code pair}. */
    public static Handler pairOrGroup(Handler pair, Handler group) {
        return ctx -> {
            String body = ctx.body();
            if (!body.isBlank() && JsonBody.parse(body).has("groupId")) {
                group.handle(ctx);
            } else {
                pair.handle(ctx);
            }
        };
    }

    public void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        String accountId = ApiGuard.accountId(ctx);
        if (!body.has("colleagueIds")) {
            throw new BadRequest("colleagueIds", "colleagueIds is required: 2 to 8 colleague ids");
        }
        Group group = use().book().create(accountId, body.requiredText("name"), body.texts("colleagueIds"),
                CadenceInput.parse("cadence", body.requiredText("cadence")),
                body.integer("quorum", 1, Group.MAX_MEMBERS),
                body.bool("rotatePairs").or(() -> body.bool("roulette")).orElse(false));
        ctx.status(HttpStatus.CREATED).json(GroupAnswer.of(group));
    }

    public void list(Context ctx) {
        ctx.json(use().book().all(ApiGuard.accountId(ctx)).stream().map(GroupAnswer::of).toList());
    }

    public void plan(Context ctx) {
        String groupId = JsonBody.parse(ctx.body()).requiredText("groupId");
        ctx.json(new GroupPlanAnswer(groupId, SeriesAnswers.ProposalAnswer.of(
                use().booking().plan(ApiGuard.accountId(ctx), groupId))));
    }

    /** {@code GET /api/groups/{id}}: the group with its roulette's pair meetings (none for a group that meets whole). */
    public void show(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        Group group = use().book().find(accountId, ctx.pathParam("id"));
        ctx.json(RouletteAnswers.GroupWithPairings.of(GroupAnswer.of(group), use().roulette()
                .map(roulette -> roulette.pairings(accountId, group.id())).orElse(List.of())));
    }

    /** {@code DELETE /api/groups/{id}/pairings}: cancels the roulette's pair meetings ahead (Google deletes them). */
    public void cancelPairings(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        String groupId = use().book().find(accountId, ctx.pathParam("id")).id();
        ctx.json(new RouletteAnswers.Cancelled(groupId, RouletteAnswers.PairingAnswer.all(
                roulette().cancel(accountId, groupId))));
    }

    public void book(Context ctx) {
        String groupId = JsonBody.parse(ctx.body()).requiredText("groupId");
        if (use().book().find(ApiGuard.accountId(ctx), groupId).roulette()) {
            bookRound(ctx, groupId);
            return;
        }
        BookingResult result = use().booking().book(ApiGuard.accountId(ctx), groupId);
        if (result instanceof BookingResult.Booked booked) {
            ctx.status(HttpStatus.CREATED).json(SeriesAnswers.Series.of(booked.series(), booked.changes()));
        } else if (result instanceof BookingResult.AlreadyBooked already) {
            ctx.status(HttpStatus.CONFLICT).json(new SeriesAnswers.AlreadyBooked(
                    "this group already has a touch-base series", "groupId", already.series().id()));
        } else if (result instanceof BookingResult.NotPlaced notPlaced) {
            throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "groupId", notPlaced.reason());
        }
    }

    /** A coffee roulette's next round: 201 when booked now, 409 with the meetings ahead, 422 when nothing fits. */
    private void bookRound(Context ctx, String groupId) {
        RouletteBooking.Round round = roulette().book(ApiGuard.accountId(ctx), groupId);
        if (round.pairings().isEmpty()) {
            throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "groupId", "no pair could be placed: "
                    + String.join("; ", round.notPlaced()));
        }
        ctx.status(round.fresh() ? HttpStatus.CREATED : HttpStatus.CONFLICT).json(new RouletteAnswers.RoundAnswer(
                groupId, RouletteAnswers.PairingAnswer.all(round.pairings()), round.notPlaced()));
    }

    private RouletteBooking roulette() {
        return use().roulette().orElseThrow(() -> new NotFound("coffee roulette"));
    }

    private UseCases use() {
        return groups.orElseThrow(() -> new NotFound("groups"));
    }
}
