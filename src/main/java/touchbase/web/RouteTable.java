package touchbase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Optional;
import touchbase.account.limits.RequestLimits.Expensive;
import touchbase.web.api.ColleaguesApi;
import touchbase.web.assets.StaticFiles;
import touchbase.web.api.FeedRoutes;
import touchbase.web.api.GroupsApi;
import touchbase.web.api.MeApi;
import touchbase.web.api.PlanningApi;
import touchbase.web.api.TouchBasesApi;
import touchbase.web.limits.Limited;
import touchbase.web.pages.ColleaguePages;
import touchbase.web.pages.DashboardPages;
import touchbase.web.pages.FeedPages;
import touchbase.web.pages.GroupPages;
import touchbase.web.pages.PlanPages;
import touchbase.web.pages.PreferencePages;
import touchbase.web.pages.SeriesPages;

/**
 * Every route of Touchbase in one table: method, path and handler. Without Google sign-in only the
 * health check, the favicon and the home page exist; with it, sign-in and, when the use cases are
 * wired, the pages (server-rendered, each action a plain form) and the JSON API ({@code /api/*},
 * behind {@link ApiGuard}). Sign-in starts and the expensive requests (plan, recheck, booking) are
 * {@link Limited}. Static files ({@code /static/*}) are {@link StaticFiles}. Failures become
 * answers in one place, {@link ErrorResponses}.
 */
public final class RouteTable {

    /** The handlers of the signed-in part: the JSON API and the pages. */
    record SignedIn(ApiGuard guard, Idempotency idempotency, MeApi me, ColleaguesApi colleagues,
            TouchBasesApi touchBases, PlanningApi planning, GroupsApi groups, PageHandlers pages) {
    }

    /** The signed-in pages. */
    record PageHandlers(DashboardPages dashboard, ColleaguePages colleagues, PlanPages plan, SeriesPages series,
            PreferencePages preferences, FeedPages feed, GroupPages groups) {
    }

    private RouteTable() {
    }

    static void install(RoutesConfig routes, Pages pages, Handler healthz, Handler favicon, Handler staticFile,
            Handler plainHome, Optional<SignInRoutes> signIn, Optional<SignedIn> api, Optional<FeedRoutes> feed,
            Limited limited) {
        ErrorResponses.install(routes, pages);
        routes.get("/healthz", healthz);
        routes.get("/favicon.ico", favicon);
        routes.get(StaticFiles.PATH + "/{file}", staticFile);
        if (signIn.isEmpty()) {
            routes.get("/", plainHome);
            return;
        }
        SignInRoutes auth = signIn.get();
        routes.get("/", auth::home);
        routes.get("/auth/google", limited.signInStart(auth::start));
        routes.get("/auth/google/callback", auth::callback);
        routes.post("/auth/google/disconnect", auth::disconnect);
        routes.post("/auth/sign-out", auth::signOut);
        api.ifPresent(a -> {
            installPages(routes, a.pages(), limited);
            installApi(routes, a, limited);
        });
        feed.ifPresent(f -> installFeed(routes, f));
    }

    private static void installFeed(RoutesConfig routes, FeedRoutes f) {
        // GET|HEAD /feed/{token}.ics: answered ahead of Javalin by web.api.FeedServing (see WebApp)
        routes.get("/touchbases/{file}", f::seriesFile);
        routes.get("/api/feed", f::apiFeed);
        routes.put("/api/feed", f::settings);
        routes.post("/api/feed/rotate", f::rotate);
        routes.post("/api/feed/share", f::share);
        routes.delete("/api/feed/share", f::stopSharing);
    }

    private static void installPages(RoutesConfig routes, PageHandlers p, Limited limited) {
        routes.post("/recheck", limited.form(Expensive.RECHECK, p.dashboard()::recheck));
        routes.get("/colleagues", p.colleagues()::list);
        routes.post("/colleagues", p.colleagues()::add);
        routes.post("/colleagues/import", p.colleagues()::importCsv);
        routes.get("/colleagues/{id}", p.colleagues()::edit);
        routes.post("/colleagues/{id}", p.colleagues()::save);
        routes.post("/colleagues/{id}/pause", p.colleagues()::pause);
        routes.post("/colleagues/{id}/resume", p.colleagues()::resume);
        routes.post("/colleagues/{id}/just-met", p.colleagues()::justMet);
        routes.get("/colleagues/{id}/remove", p.colleagues()::confirmRemove);
        routes.post("/colleagues/{id}/remove", p.colleagues()::remove);
        routes.get("/plan", limited.page(Expensive.PLAN, p.plan()::show));
        routes.post("/plan/book-all", limited.form(Expensive.BOOKING, p.plan()::bookAll));
        routes.post("/plan/{id}/book", limited.form(Expensive.BOOKING, p.plan()::book));
        routes.get("/groups", p.groups()::list);
        routes.post("/groups", p.groups()::create);
        routes.post("/groups/{id}/book", limited.form(Expensive.BOOKING, p.groups()::book));
        routes.post("/groups/{id}/cancel-pairings", p.groups()::cancelPairings);
        routes.get("/series", p.series()::show);
        routes.post("/series/{id}/skip", p.series()::skip);
        routes.post("/series/{id}/reschedule", p.series()::reschedule);
        routes.post("/series/{id}/cadence", p.series()::changeCadence);
        routes.get("/series/{id}/cancel", p.series()::confirmCancel);
        routes.post("/series/{id}/cancel", p.series()::cancel);
        routes.get("/preferences", p.preferences()::show);
        routes.post("/preferences", p.preferences()::save);
        routes.get("/feed", p.feed()::show);
        routes.post("/feed/rotate", p.feed()::rotate);
        routes.post("/feed/privacy", p.feed()::privacy);
        routes.post("/feed/share", p.feed()::share);
        routes.post("/feed/share/stop", p.feed()::stopSharing);
    }

    private static void installApi(RoutesConfig routes, SignedIn a, Limited limited) {
        routes.before("/api/*", a.guard()::check);
        routes.get("/api/me", a.me()::me);
        routes.put("/api/me/preferences", a.me()::updatePreferences);
        routes.get("/api/colleagues", a.colleagues()::list);
        routes.post("/api/colleagues", a.idempotency().wrap(a.colleagues()::add));
        routes.post("/api/colleagues/import", a.idempotency().wrap(a.colleagues()::importCsv));
        routes.put("/api/colleagues/{id}", a.colleagues()::edit);
        routes.delete("/api/colleagues/{id}", a.colleagues()::remove);
        routes.post("/api/colleagues/{id}/just-met", a.colleagues()::justMet);
        routes.get("/api/groups", a.groups()::list);
        routes.post("/api/groups", a.idempotency().wrap(a.groups()::create));
        routes.get("/api/groups/{id}", a.groups()::show);
        routes.delete("/api/groups/{id}/pairings", a.groups()::cancelPairings);
        routes.post("/api/plan", limited.api(Expensive.PLAN, GroupsApi.pairOrGroup(a.planning()::plan, a.groups()::plan)));
        routes.get("/api/touchbases", a.touchBases()::list);
        routes.post("/api/touchbases", limited.api(Expensive.BOOKING, a.idempotency().wrap(
                GroupsApi.pairOrGroup(a.touchBases()::book, a.groups()::book))));
        routes.get("/api/touchbases/{id}", a.touchBases()::show);
        routes.delete("/api/touchbases/{id}", a.touchBases()::cancel);
        routes.post("/api/touchbases/{id}/skip", a.touchBases()::skip);
        routes.post("/api/touchbases/{id}/reschedule", a.touchBases()::reschedule);
        routes.post("/api/recheck", limited.api(Expensive.RECHECK, a.planning()::recheck));
    }
}
