package touchbase.web.api;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import touchbase.feed.FailedLookups;
import touchbase.feed.Feeds;
import touchbase.feed.RenderedFeed;
import touchbase.web.RequestLog;

/**
 * {@code GET|HEAD /feed/{token}.ics} served by a plain Jetty handler placed ahead of Javalin's servlet, so
 * a poll costs the token lookup in memory, the conditional check and writing bytes prepared once per
 * rendering: the headers of a 200 and of a 304 as two ready lists of pre-encoded fields, added to the
 * empty response in one step, and the body as a read-only direct buffer that each answer slices (no copy). Every other request goes on to
 * Javalin. The answers are those {@link FeedRoutes} describes: the feed with its validators and
 * {@code Cache-Control: private, max-age=300}, 304 for a current copy, HEAD without the body, the same
 * 404 for an unknown, rotated or malformed token (spending the address's budget), and 429 with
 * Retry-After while that budget is spent; all with the security headers every answer carries (errors
 * with {@code Cache-Control: no-store}), and at most one line in the request log (the token left out).
 */
public final class FeedServing extends Handler.Wrapper {

    private static final String PREFIX = "/feed/";
    private static final String SUFFIX = ".ics";
    private static final int MAX_PREPARED = 10_000;
    /** The most feed bytes kept in direct buffers; past it the prepared feeds are forgotten and made again. */
    private static final long MAX_PREPARED_BYTES = 32L << 20;
    private static final HttpField CALENDAR = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, FeedRoutes.CALENDAR);
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final HttpField FEED_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
            FeedRoutes.CACHE_CONTROL);
    private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField NO_INDEX = new PreEncodedHttpField("X-Robots-Tag", "noindex");

    private final Feeds feeds;
    private final FailedLookups failedLookups;
    private final List<HttpField> securityHeaders;
    private final RequestLog log;
    private final byte[] notFound = ApiJsonMapper.create().writeValueAsBytes(new MeAnswers.Error("no such feed", null));
    private final byte[] tooMany = ApiJsonMapper.create().writeValueAsBytes(new MeAnswers.Error(
            "too many requests for unknown feeds; try again later", null));
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong preparedBytes = new java.util.concurrent.atomic.AtomicLong();

    /** A rendered feed's headers, encoded once and in the order they are sent, for a 200 and for a 304. */
    private record Prepared(RenderedFeed feed, HttpFields fresh, HttpFields notModified, ByteBuffer body) {
    }

    /** @param securityHeaders the headers every answer carries (see {@code SecurityHeaders}) */
    public FeedServing(Feeds feeds, FailedLookups failedLookups, Map<String, String> securityHeaders, RequestLog log) {
        this.feeds = Objects.requireNonNull(feeds, "feeds must not be null");
        this.failedLookups = Objects.requireNonNull(failedLookups, "failedLookups must not be null");
        this.securityHeaders = securityHeaders.entrySet().stream()
                .<HttpField>map(e -> new PreEncodedHttpField(e.getKey(), e.getValue())).toList();
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /**
     * Never blocks, so Jetty may call it on the thread that read the request (no hand-over to another
     * thread): a poll whose answer is ready in memory is answered right here, and everything that may wait
     * (a token or feed not in memory, every request for Javalin) goes to the server's thread pool.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!(head || "GET".equals(method)) || !path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0
                || path.length() == PREFIX.length()) {
            dispatch(request, response, callback, () -> {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            });
            return true;
        }
        long started = System.nanoTime();
        String address = Request.getRemoteAddr(request);
        Optional<Duration> wait = failedLookups.waitFor(address);
        if (wait.isPresent()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, wait.get().toSeconds()));
            log.feed(method, error(response, callback, 429, tooMany, head), started);
            return true;
        }
        String token = path.endsWith(SUFFIX) ? path.substring(PREFIX.length(), path.length() - SUFFIX.length()) : null;
        Optional<RenderedFeed> ready = token == null ? Optional.empty() : feeds.ready(token);
        if (ready.isPresent()) {
            log.feed(method, answer(request, response, callback, ready.get(), head), started);
        } else {
            dispatch(request, response, callback, () -> log.feed(method,
                    lookUp(request, response, callback, token, address, head), started));
        }
        return true;
    }

    /** Runs {@code task} on the server's thread pool, answering the request with an error if it fails. */
    private void dispatch(Request request, Response response, Callback callback, Task task) {
        try {
            getServer().getThreadPool().execute(() -> {
                try {
                    task.run();
                } catch (Throwable failure) {
                    Response.writeError(request, response, callback, failure);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            Response.writeError(request, response, callback, 503);
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /** The answer once the token was looked up (in the database if need be): the feed, or 404. */
    private int lookUp(Request request, Response response, Callback callback, String token, String address,
            boolean head) {
        Optional<RenderedFeed> feed = token == null ? Optional.empty() : feeds.feed(token);
        if (feed.isEmpty()) {
            failedLookups.failed(address);
            return error(response, callback, 404, notFound, head);
        }
        return answer(request, response, callback, feed.get(), head);
    }

    private int answer(Request request, Response response, Callback callback, RenderedFeed feed, boolean head) {
        Prepared ready = prepared(feed);
        var conditions = request.getHeaders();
        if (FeedRoutes.notModified(conditions.get(HttpHeader.IF_NONE_MATCH),
                conditions.get(HttpHeader.IF_MODIFIED_SINCE), ready.feed())) {
            response.getHeaders().add(ready.notModified());
            response.setStatus(304);
            response.write(true, null, callback);
            return 304;
        }
        response.getHeaders().add(ready.fresh());
        response.setStatus(200);
        response.write(true, head ? null : ready.body().slice(), callback);
        return 200;
    }

    private int error(Response response, Callback callback, int status, byte[] body, boolean head) {
        var headers = response.getHeaders();
        securityHeaders.forEach(headers::put);
        headers.put(NO_STORE);
        headers.put(JSON);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.setStatus(status);
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
        return status;
    }

    private Prepared prepared(RenderedFeed feed) {
        Prepared ready = prepared.get(feed.etag());
        if (ready != null && ready.feed() == feed) {
            return ready;
        }
        if (prepared.size() >= MAX_PREPARED
                || preparedBytes.addAndGet(feed.bytes().length) > MAX_PREPARED_BYTES) {
            prepared.clear();
            preparedBytes.set(feed.bytes().length);
        }
        HttpFields.Mutable validators = HttpFields.build();
        securityHeaders.forEach(validators::add);
        validators.add(FEED_CACHE).add(NO_INDEX).add(new PreEncodedHttpField(HttpHeader.ETAG, feed.etag()))
                .add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, feed.lastModifiedHeader()));
        HttpFields fresh = HttpFields.build(validators).add(CALENDAR)
                .add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(feed.bytes().length)))
                .asImmutable();
        ByteBuffer body = ByteBuffer.allocateDirect(feed.bytes().length).put(feed.bytes()).flip();
        ready = new Prepared(feed, fresh, validators.asImmutable(), body.asReadOnlyBuffer());
        prepared.put(feed.etag(), ready);
        return ready;
    }
}
