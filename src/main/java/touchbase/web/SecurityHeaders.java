package touchbase.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The security headers on every answer (pages, API, errors, static files), set by one before-hook
 * (OWASP ASVS 14.4, 3.4, 8.2.1):
 * <ul>
 * <li>{@code Content-Security-Policy}: everything from this origin only, no inline script or style
 *     (the stylesheet is {@code /static/app.css}), no framing, and forms post only here or to Google's
 *     sign-in page (browsers apply {@code form-action} to the redirects after a post too);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 *     {@code Referrer-Policy: no-referrer} (pages show the feed URL, a secret);</li>
 * <li>{@code Cache-Control: no-store} on everything that may carry personal data or the CSRF token;
 *     not on {@code /healthz} and static files, and a handler that sets its own (the feed) wins;</li>
 * <li>the feed ({@code GET|HEAD /feed/*}) is answered ahead of Javalin by {@code web.api.FeedServing}, which
 *     sends {@link #always()} and its own {@code Cache-Control};</li>
 * <li>{@code Strict-Transport-Security} when the public URL is https.</li>
 * </ul>
 */
public final class SecurityHeaders {

    public static final String STATIC_PATH = touchbase.web.assets.StaticFiles.PATH;

    private final Map<String, String> always;

    /**
     * @param https whether the public URL is https
     * @param signInPage Google's authorization endpoint, when sign-in is configured
     */
    public SecurityHeaders(boolean https, Optional<URI> signInPage) {
        this.always = fixed(https, "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
                + signInPage.map(SecurityHeaders::origin).map(o -> " " + o).orElse(""));
    }

    /** The headers on every answer, whatever its path (not {@code Cache-Control}, which depends on it). */
    public Map<String, String> always() {
        return always;
    }

    private static Map<String, String> fixed(boolean https, String policy) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        return java.util.Collections.unmodifiableMap(headers);
    }

    public void apply(Context ctx) {
        always.forEach(ctx::header);
        if (!isPublic(ctx.path())) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Answers that carry nothing personal and may be cached. */
    private static boolean isPublic(String path) {
        return path.equals("/healthz") || path.startsWith(STATIC_PATH + "/") || path.equals("/favicon.ico");
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
