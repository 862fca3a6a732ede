package touchbase.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.GoogleScopes;

/**
 * Renders the jte templates in {@code templates/}, precompiled by the build (jte-maven-plugin),
 * each with one {@code *Page} record. Knows whether the service runs in demo mode, since every
 * page shows the banner then.
 */
public final class Pages {

    private final TemplateEngine engine;
    private final Banner banner;

    public Pages(Banner banner) {
        this.banner = Objects.requireNonNull(banner, "banner must not be null");
        this.engine = TemplateEngine.createPrecompiled(ContentType.Html);
    }

    /**
     * What every page shows at the top: the demo-mode explanation, or nothing; in demo mode the
     * welcome page lists the demo colleagues one can add ("Priya Raman, priya.raman@demo.touchbase.test").
     */
    public record Banner(boolean demoMode, List<DemoColleague> demoColleagues) {
        public Banner {
            demoColleagues = List.copyOf(demoColleagues);
        }

        public Banner(boolean demoMode) {
            this(demoMode, List.of());
        }
    }

    /** A colleague of the demo world, to add by email. */
    public record DemoColleague(String name, String email, String zone) {
    }

    public HomePage home() {
        return new HomePage(shell("Stay in touch", Optional.empty()), false, Optional.empty());
    }

    public HomePage home(boolean signInAvailable, Optional<HomePage.SignedIn> signedIn) {
        return new HomePage(shell("Stay in touch", Optional.empty()), signInAvailable, signedIn);
    }

    public AccessDeniedPage accessDenied(String error) {
        return new AccessDeniedPage(shell("Not connected", Optional.empty()), "access_denied".equals(error), error);
    }

    public MissingPermissionPage missingPermission(List<GoogleScopes.Permission> missing) {
        return new MissingPermissionPage(shell("Permission needed", Optional.empty()), missing);
    }

    public SignInProblemPage signInProblem(String heading, String explanation) {
        return new SignInProblemPage(shell(heading, Optional.empty()), heading, explanation);
    }

    public ErrorPage error(int status, String heading, String message, String actionHref, String actionLabel) {
        return new ErrorPage(shell(heading, Optional.empty()), status, heading, message, actionHref, actionLabel);
    }

    public Banner banner() {
        return banner;
    }

    /** The layout of a page for someone not signed in (or a page that shows no navigation). */
    public Shell shell(String title, Optional<String> notice) {
        return new Shell(banner, title, "", notice, Optional.empty());
    }

    /** The layout of a signed-in page; the notice comes from the fixed codes only ({@link Notice}). */
    public Shell shell(Context ctx, ApiCaller caller, String title, String section) {
        return new Shell(banner, title, section, Notice.textOf(ctx.queryParam("notice"), ctx.queryParam("skipped")),
                Optional.of(new Shell.Account(caller.account().email(), caller.session().csrfToken())));
    }

    public void render(Context ctx, String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toByteArray());
    }

    /** Back to a page after a form, with a fixed notice (Post/Redirect/Get). */
    public static void redirect(Context ctx, String path, Notice notice) {
        ctx.redirect(path + (path.contains("?") ? "&" : "?") + "notice=" + notice.code(), HttpStatus.SEE_OTHER);
    }
}
