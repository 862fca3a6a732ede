package touchbase.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
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

    /** What every page shows at the top: the demo-mode explanation, or nothing. */
    public record Banner(boolean demoMode) {
    }

    public HomePage home() {
        return new HomePage(banner, false, Optional.empty());
    }

    public HomePage home(boolean signInAvailable, Optional<HomePage.SignedIn> signedIn) {
        return new HomePage(banner, signInAvailable, signedIn);
    }

    public HomePage home(boolean signInAvailable, Optional<HomePage.SignedIn> signedIn, Optional<Notice> notice) {
        return new HomePage(banner, signInAvailable, signedIn, notice);
    }

    public AccessDeniedPage accessDenied(String error) {
        return new AccessDeniedPage(banner, "access_denied".equals(error), error);
    }

    public MissingPermissionPage missingPermission(List<GoogleScopes.Permission> missing) {
        return new MissingPermissionPage(banner, missing);
    }

    public SignInProblemPage signInProblem(String heading, String explanation) {
        return new SignInProblemPage(banner, heading, explanation);
    }

    public void render(Context ctx, String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        ctx.html(output.toString());
    }
}
