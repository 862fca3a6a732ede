package touchbase.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorResponse;

/**
 * A proxy in front of the Google emulator's Calendar API that fails a share of the calls the way
 * Google and networks do: 503, 429 and 403 {@code rateLimitExceeded} (each half of the time after the
 * emulator already applied the call, as when Google stores a write and then fails to answer), an
 * answer that never comes before the client's read timeout (after the write), and a connection dropped
 * without an answer (before or after the write). Decisions come from one seeded {@link Random}, so a
 * seed replays the same sequence of faults for the same sequence of calls.
 */
final class FaultyGoogle implements AutoCloseable {

    enum Fault { NONE, UNAVAILABLE_503, TOO_MANY_429, RATE_LIMIT_403, TIMEOUT_AFTER_WRITE, RESET_BEFORE, RESET_AFTER_WRITE }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final URI target;
    private final Random random;
    private final double failureRate;
    private final Duration hold;
    private final List<Fault> faults;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);
    private volatile boolean failing = true;
    private volatile ApiException refusingInserts;
    private volatile String lastBearer;

    /**
     * @param target the emulator's API root ({@code http://127.0.0.1:PORT/})
     * @param hold how long a "timeout" keeps the client waiting (longer than its read timeout)
     */
    FaultyGoogle(URI target, long seed, double failureRate, Duration hold) {
        this(target, seed, failureRate, hold, EnumSet.range(Fault.UNAVAILABLE_503, Fault.RESET_AFTER_WRITE));
    }

    /** As above, injecting only {@code faults} (a process that waits Google's full read timeout leaves out timeouts). */
    FaultyGoogle(URI target, long seed, double failureRate, Duration hold, Set<Fault> faults) {
        this.target = target;
        this.faults = List.copyOf(EnumSet.copyOf(faults));
        this.random = new Random(seed);
        this.failureRate = failureRate;
        this.hold = hold;
        for (Fault fault : Fault.values()) {
            counts.put(fault, new AtomicInteger());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The API root Touchbase is pointed at. */
    String apiRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Answers every event insert with {@code error} (null: stops), as Google does after scopes or calendars change. */
    void refuseInserts(ApiException error) {
        refusingInserts = error;
    }

    /** The access token of the last call that came through (the account's grant at Google). */
    String lastBearer() {
        return lastBearer;
    }

    /** Turns the faults off (to read the final state) or on again. */
    void failing(boolean on) {
        failing = on;
    }

    /** How many calls met a fault. */
    int injected() {
        return counts().entrySet().stream().filter(e -> e.getKey() != Fault.NONE).mapToInt(Map.Entry::getValue).sum();
    }

    /** How many calls met each fault (NONE: passed through untouched). */
    Map<Fault, Integer> counts() {
        Map<Fault, Integer> copy = new EnumMap<>(Fault.class);
        counts.forEach((fault, count) -> copy.put(fault, count.get()));
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastBearer = authorization == null ? lastBearer : authorization.substring("Bearer ".length());
            ApiException refusal = refusingInserts;
            if (refusal != null && "POST".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().endsWith("/events")) {
                error(exchange, refusal);
                return;
            }
            Fault fault = nextFault();
            boolean applyFirst = fault == Fault.TIMEOUT_AFTER_WRITE || fault == Fault.RESET_AFTER_WRITE || fault != Fault.NONE
                    && fault != Fault.RESET_BEFORE && coinFlip();
            counts.get(fault).incrementAndGet();
            HttpResponse<byte[]> answer = fault == Fault.NONE || applyFirst ? forward(exchange, body) : null;
            switch (fault) {
                case NONE -> relay(exchange, answer);
                case UNAVAILABLE_503 -> error(exchange, new ApiException(503, "global", "backendError", "Backend Error"));
                case TOO_MANY_429 -> error(exchange, new ApiException(429, "usageLimits", "rateLimitExceeded",
                        "Rate Limit Exceeded"));
                case RATE_LIMIT_403 -> error(exchange, new ApiException(403, "usageLimits", "rateLimitExceeded",
                        "Rate Limit Exceeded"));
                case TIMEOUT_AFTER_WRITE -> sleep(hold);
                case RESET_BEFORE, RESET_AFTER_WRITE -> {
                    // closing without a status line: the client sees the connection end with no answer
                }
            }
        }
    }

    private synchronized Fault nextFault() {
        if (!failing || random.nextDouble() >= failureRate) {
            return Fault.NONE;
        }
        return faults.get(random.nextInt(faults.size()));
    }

    private synchronized boolean coinFlip() {
        return random.nextBoolean();
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString().substring(1)))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void relay(HttpExchange exchange, HttpResponse<byte[]> answer) throws IOException {
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Google's error body, as the emulator writes it (Calendar API guide "Handle API errors"). */
    private static void error(HttpExchange exchange, ApiException error) throws IOException {
        EmulatorResponse answer = error.response();
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
