package touchbase.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log ({@code TOUCHBASE_ACCESS_LOG}): one line per request on the logger
 * {@code touchbase.requests} (method, path, status, milliseconds; never the query string, and never a
 * feed's token, which is the key to that feed), or nothing when off. The logging configuration hands
 * these lines to an asynchronous appender that drops rather than blocks, so a busy feed does not wait
 * on the console.
 */
public final class RequestLog {

    private static final Logger REQUESTS = LoggerFactory.getLogger("touchbase.requests");
    private static final String FEED = "/feed/";

    private final boolean on;

    public RequestLog(boolean on) {
        this.on = on;
    }

    /** A request Javalin answered. */
    public void http(Context ctx, Float millis) {
        if (on) {
            REQUESTS.info("{} {} {} {}ms", ctx.method(), hideToken(ctx.path()), ctx.status().getCode(),
                    Math.round(millis));
        }
    }

    /** A feed request, answered ahead of Javalin, that started at {@code startedNanos} ({@link System#nanoTime()}). */
    public void feed(String method, int status, long startedNanos) {
        if (on && REQUESTS.isInfoEnabled()) {
            REQUESTS.info("{} {}….ics {} {}ms", method, FEED, status, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }

    private static String hideToken(String path) {
        return path.startsWith(FEED) && path.endsWith(".ics") ? FEED + "….ics" : path;
    }
}
