package touchbase.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import touchbase.booking.Proposals;
import touchbase.upkeep.Recheck;
import touchbase.web.ApiGuard;
import touchbase.web.JsonBody;

/** {@code POST /api/plan} (proposals, books nothing) and {@code POST /api/recheck} (sync with Google now). */
public final class PlanningApi {

    private final Proposals proposals;
    private final Recheck recheck;

    public PlanningApi(Proposals proposals, Recheck recheck) {
        this.proposals = Objects.requireNonNull(proposals, "proposals must not be null");
        this.recheck = Objects.requireNonNull(recheck, "recheck must not be null");
    }

    public void plan(Context ctx) {
        String accountId = ApiGuard.accountId(ctx);
        List<String> ids = JsonBody.parse(ctx.body()).texts("colleagueIds");
        ctx.json(SeriesAnswers.PlanAnswer.of(ids.isEmpty() ? proposals.plan(accountId) : proposals.plan(accountId, ids)));
    }

    public void recheck(Context ctx) {
        ctx.json(SeriesAnswers.Recheck.of(recheck.recheck(ApiGuard.accountId(ctx))));
    }
}
