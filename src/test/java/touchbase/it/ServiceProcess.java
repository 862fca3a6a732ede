package touchbase.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import touchbase.cli.Main;

/**
 * The real server as its own process ({@code java -cp <test class path> touchbase.cli.Main serve}, as
 * ServiceProcessTest starts it) with only the environment given; closing it is {@code kill -9}
 * ({@link Process#destroyForcibly()}), so nothing of a graceful stop runs.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    private final Process process;

    private ServiceProcess(Process process) {
        this.process = process;
    }

    /** Starts the server on {@code port}, appending its output to {@code log}, and waits until {@code /healthz} answers 200. */
    static ServiceProcess start(int port, Map<String, String> env, Path log) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve");
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            long before = System.nanoTime();
            ServiceProcess started = new ServiceProcess(builder.start());
            started.awaitHealthy(port, log);
            System.out.println("server process healthy after " + (System.nanoTime() - before) / 1_000_000 + " ms");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(int port, Path log) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/healthz")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            DemoSession.pause(Duration.ofMillis(100));
        }
        close();
        throw new IllegalStateException("the server did not become healthy; its output is in " + log);
    }

    /** SIGKILL, and waits until the process is gone. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
