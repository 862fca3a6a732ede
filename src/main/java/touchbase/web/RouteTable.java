package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Optional;
import touchbase.web.api.ColleaguesApi;
import touchbase.web.api.MeApi;
import touchbase.web.api.PlanningApi;
import touchbase.web.api.TouchBasesApi;

/**
 * Every route of Touchbase in one table: method, path and handler. Without Google sign-in only the
 * health check and the home page exist; with it, sign-in and, when the use cases are wired, the setup
 * forms and the JSON API ({@code /api/*}, behind {@link ApiGuard}). Failures become answers in one
 * place, {@link ErrorResponses}.
 */
public final class RouteTable {

    /** The handlers of the signed-in part: the setup forms and the JSON API. */
    record SignedIn(ApiGuard guard, Idempotency idempotency, SetupForms setup, MeApi me, ColleaguesApi colleagues,
            TouchBasesApi touchBases, PlanningApi planning) {
    }

    private RouteTable() {
    }

    static void install(RoutesConfig routes, Handler healthz, Handler plainHome, Optional<SignInRoutes> signIn,
            Optional<SignedIn> api, Optional<FeedRoutes> feed) {
        ErrorResponses.install(routes);
        routes.get("/healthz", healthz);
        if (signIn.isEmpty()) {
            routes.get("/", plainHome);
            return;
        }
        SignInRoutes auth = signIn.get();
        routes.get("/", auth::home);
        routes.get("/auth/google", auth::start);
        routes.get("/auth/google/callback", auth::callback);
        routes.post("/auth/google/disconnect", auth::disconnect);
        routes.post("/auth/sign-out", auth::signOut);
        api.ifPresent(a -> installSignedIn(routes, a));
        feed.ifPresent(f -> installFeed(routes, f));
    }

    private static void installFeed(RoutesConfig routes, FeedRoutes f) {
        routes.get("/feed/{file}", f::feed);
        routes.head("/feed/{file}", f::feed);
        routes.get("/touchbases/{file}", f::seriesFile);
        routes.get("/api/feed", f::apiFeed);
        routes.put("/api/feed", f::settings);
        routes.post("/api/feed/rotate", f::rotate);
        routes.post("/setup/feed/rotate", f::rotateForm);
        routes.post("/setup/feed/names", f::namesForm);
    }

    private static void installSignedIn(RoutesConfig routes, SignedIn a) {
        routes.post("/setup/colleagues", a.setup()::addColleague);
        routes.post("/setup/colleagues/{id}/book", a.setup()::book);
        routes.before("/api/*", a.guard()::check);
        routes.get("/api/me", a.me()::me);
        routes.put("/api/me/preferences", a.me()::updatePreferences);
        routes.get("/api/colleagues", a.colleagues()::list);
        routes.post("/api/colleagues", a.idempotency().wrap(a.colleagues()::add));
        routes.post("/api/colleagues/import", a.idempotency().wrap(a.colleagues()::importCsv));
        routes.put("/api/colleagues/{id}", a.colleagues()::edit);
        routes.delete("/api/colleagues/{id}", a.colleagues()::remove);
        routes.post("/api/plan", a.planning()::plan);
        routes.get("/api/touchbases", a.touchBases()::list);
        routes.post("/api/touchbases", a.idempotency().wrap(a.touchBases()::book));
        routes.get("/api/touchbases/{id}", a.touchBases()::show);
        routes.delete("/api/touchbases/{id}", a.touchBases()::cancel);
        routes.post("/api/touchbases/{id}/skip", a.touchBases()::skip);
        routes.post("/api/touchbases/{id}/reschedule", a.touchBases()::reschedule);
        routes.post("/api/recheck", a.planning()::recheck);
    }
}
