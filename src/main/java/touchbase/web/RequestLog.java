package touchbase.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log ({@code TOUCHBASE_ACCESS_LOG}): one line per request on the logger
 * {@code touchbase.requests} (method, path, status, milliseconds; never the query string, and never a
 * feed's token, which is the key to that feed), or nothing when off. The logging configuration hands
 * these lines to an asynchronous appender that drops rather than blocks, so a busy feed does not wait
 * on the console. Feed polls that found their feed (200 and 304) are counted instead and summed up in one
 * line at most every {@link #FEED_SUMMARY_EVERY} (written by the first poll after that time: how many of
 * each and the slowest), since such a line could name neither the feed nor the poller; the feed's 404s and
 * 429s keep a line each.
 */
public final class RequestLog {

    private static final Logger REQUESTS = LoggerFactory.getLogger("touchbase.requests");
    private static final String FEED = "/feed/";

    /** How often at most the feed polls answered 200 or 304 are summed up in one line. */
    public static final java.time.Duration FEED_SUMMARY_EVERY = java.time.Duration.ofSeconds(10);

    private final boolean on;
    private final LongAdder fresh = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAccumulator slowestNanos = new LongAccumulator(Long::max, 0);
    private final AtomicLong summaryDue;

    private final long summaryEvery;

    public RequestLog(boolean on) {
        this(on, FEED_SUMMARY_EVERY);
    }

    /** With the feed polls summed up every {@code summaryEvery} (zero: at every poll, for tests). */
    RequestLog(boolean on, java.time.Duration summaryEvery) {
        this.on = on;
        this.summaryEvery = summaryEvery.toNanos();
        this.summaryDue = new AtomicLong(System.nanoTime() + this.summaryEvery);
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
        if (on && (status == 200 || status == 304)) {
            long now = System.nanoTime();
            (status == 200 ? fresh : notModified).increment();
            slowestNanos.accumulate(now - startedNanos);
            long due = summaryDue.get();
            if (now - due >= 0 && summaryDue.compareAndSet(due, now + summaryEvery)) {
                REQUESTS.info("{} {}….ics polls since the last summary: {} answered 200, {} answered 304, slowest {}ms",
                        "GET|HEAD", FEED, fresh.sumThenReset(), notModified.sumThenReset(),
                        slowestNanos.getThenReset() / 1_000_000);
            }
        } else if (on && REQUESTS.isInfoEnabled()) {
            REQUESTS.info("{} {}….ics {} {}ms", method, FEED, status, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }

    private static String hideToken(String path) {
        return path.startsWith(FEED) && path.endsWith(".ics") ? FEED + "….ics" : path;
    }
}
