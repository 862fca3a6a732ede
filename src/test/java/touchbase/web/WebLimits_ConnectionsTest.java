package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.TestHttp;

/**
 * Slow clients are cut off (issue 15, "Abuse"): a connection that stays silent past the idle timeout
 * while sending its headers or a body its {@code Content-Length} promised is closed, and the server
 * keeps serving. The timeout is made short here; no test asserts how long anything took.
 */
class WebLimits_ConnectionsTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    /** How many checks a test makes at most before it gives up on the connection being closed. */
    private static final int MAX_CHECKS = 50;

    private WebApp app;

    @BeforeEach
    void start() {
        app = new WebApp(() -> true, new Pages(new Pages.Banner(false))).idleTimeout(IDLE).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aClientTricklingItsHeaderLinesIsCutOff() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(closedEventually(socket, "X-Slow: 1\r\n")).as("the connection is closed").isTrue();
        }
        assertThat(healthzAnswered()).as("a new client is served").isEqualTo(200);
    }

    @Test
    void aClientWhoseContentLengthLiesIsCutOff() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /auth/sign-out HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\ncsrf=")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(closedEventually(socket, null)).as("the connection is closed").isTrue();
        }
        assertThat(healthzAnswered()).as("a new client is served").isEqualTo(200);
    }

    /**
     * {@code GET /healthz} from a new client. The idle timeout is made so short here that a client slowed
     * down by a loaded machine may be cut off before its request line arrives: such a cut is retried.
     */
    private int healthzAnswered() {
        java.io.UncheckedIOException cut = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return new TestHttp(app.port()).get("/healthz").statusCode();
            } catch (java.io.UncheckedIOException e) {
                cut = e;
            }
        }
        throw cut;
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", app.port());
        socket.setSoTimeout((int) IDLE.multipliedBy(3).toMillis());
        return socket;
    }

    /**
     * Reads (skipping any answer) until the server closes the connection; between reads that time out,
     * sends {@code trickle} if given, as a slow client would. False if it is still open after many checks.
     */
    private static boolean closedEventually(Socket socket, String trickle) {
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int check = 0; check < MAX_CHECKS; check++) {
                try {
                    if (in.read(buffer) < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    if (trickle != null) {
                        socket.getOutputStream().write(trickle.getBytes(StandardCharsets.US_ASCII));
                        socket.getOutputStream().flush();
                    }
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
