package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * The browser session cookie: {@code HttpOnly; SameSite=Lax; Path=/}, no {@code Domain}. When the
 * public URL is https it is {@code Secure} and named {@code __Host-touchbase_session}, a prefix the
 * browser accepts only with {@code Secure}, {@code Path=/} and no {@code Domain}, so no sibling host
 * can set or shadow it (OWASP ASVS 3.4.4); over plain http it is {@code touchbase_session}. Lax (not
 * Strict) so that it comes along when Google redirects the browser back to the callback.
 */
public final class SessionCookie {

    public static final String NAME = "touchbase_session";
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public String name() {
        return secure ? SECURE_NAME : NAME;
    }

    public Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(name())).filter(value -> !value.isBlank());
    }

    /** Sets the cookie; an empty lifetime makes it last until the browser closes. */
    public void write(Context ctx, String sessionId, Optional<Duration> lifetime) {
        int maxAge = lifetime.map(d -> (int) d.toSeconds()).orElse(-1);
        ctx.cookie(new Cookie(name(), sessionId, "/", maxAge, secure, true, null, SameSite.LAX));
    }

    /** Tells the browser to drop the cookie (same attributes, or a {@code __Host-} browser ignores it). */
    public void clear(Context ctx) {
        ctx.cookie(new Cookie(name(), "", "/", 0, secure, true, null, SameSite.LAX));
    }
}
