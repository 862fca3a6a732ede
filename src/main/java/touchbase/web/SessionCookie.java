package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * The browser session cookie {@code touchbase_session}: {@code HttpOnly; SameSite=Lax; Path=/}, and
 * {@code Secure} when the public URL is https. Lax (not Strict) so that it comes along when Google
 * redirects the browser back to the callback.
 */
public final class SessionCookie {

    public static final String NAME = "touchbase_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(value -> !value.isBlank());
    }

    /** Sets the cookie; an empty lifetime makes it last until the browser closes. */
    public void write(Context ctx, String sessionId, Optional<Duration> lifetime) {
        int maxAge = lifetime.map(d -> (int) d.toSeconds()).orElse(-1);
        ctx.cookie(new Cookie(NAME, sessionId, "/", maxAge, secure, true, null, SameSite.LAX));
    }
}
