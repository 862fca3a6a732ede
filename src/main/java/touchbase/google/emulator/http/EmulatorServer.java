package touchbase.google.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's {@code com.sun.net.httpserver} bound to 127.0.0.1, turning exchanges into
 * {@link EmulatorRequest}s and emulator exceptions into Google's error bodies.
 */
public final class EmulatorServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestTally tally = new RequestTally();

    public EmulatorServer(int port, Function<EmulatorRequest, EmulatorResponse> handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "google-emulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(exchange, handler));
        server.createContext(RequestTally.PATH, this::serveTally);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Every request answered so far, by method and path shape (see {@link RequestTally}). */
    public RequestTally tally() {
        return tally;
    }

    private void serveTally(HttpExchange exchange) throws IOException {
        write(exchange, EmulatorResponse.json(Json.MAPPER.valueToTree(tally.snapshot())));
    }

    private void serve(HttpExchange exchange, Function<EmulatorRequest, EmulatorResponse> handler)
            throws IOException {
        EmulatorResponse response;
        try {
            EmulatorRequest request = read(exchange);
            tally.count(request.method(), request.segments());
            response = handler.apply(request);
        } catch (EmulatorException e) {
            response = e.response();
        } catch (RuntimeException e) {
            LOG.warn("emulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            response = new ApiException(500, "global", "backendError", "Backend Error").response();
        }
        write(exchange, response);
    }

    private static EmulatorRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
            in = new GZIPInputStream(in);
        }
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String override = headers.get("x-http-method-override");
        if ("POST".equals(method) && override != null) {
            method = override.toUpperCase(Locale.ROOT);
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new EmulatorRequest(method, EmulatorRequest.segments(exchange.getRequestURI().getRawPath()),
                new QueryParams(EmulatorRequest.parse(rawQuery)), headers, body);
    }

    private static void write(HttpExchange exchange, EmulatorResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        boolean empty = bytes.length == 0;
        exchange.sendResponseHeaders(response.status(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

}
