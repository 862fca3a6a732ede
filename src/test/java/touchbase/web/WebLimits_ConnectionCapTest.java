package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.TestHttp;

/**
 * A cap on open connections (issue 15, "Abuse"): with the cap made small here (the server's is
 * {@link WebApp#MAX_CONNECTIONS}), a connection past it is not served while the others stay open, is
 * served as soon as one of them closes, and the server keeps serving afterwards. No test asserts how
 * long anything took: "not served" is a read that gets no answer within a while.
 */
class WebLimits_ConnectionCapTest {

    private static final int CAP = 5;
    /** How long a connection past the cap is watched for an answer that must not come. */
    private static final int QUIET_MILLIS = 700;
    /** How long an answer that must come is waited for, at most. */
    private static final int ANSWER_MILLIS = 20_000;

    private WebApp app;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        app = new WebApp(() -> true, new Pages(new Pages.Banner(false))).maxConnections(CAP).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        app.stop();
    }

    @Test
    void aConnectionPastTheCapWaitsUntilOneClosesAndTheServerKeepsServing() throws IOException {
        for (int i = 0; i < CAP; i++) {
            Socket open = connect();
            assertThat(healthz(open)).as("connection %d of %d is served", i + 1, CAP).contains("\"ok\"");
        }

        Socket extra = connect();
        ask(extra);
        extra.setSoTimeout(QUIET_MILLIS);
        assertThatThrownBy(() -> extra.getInputStream().read()).as("the connection past the cap is not served")
                .isInstanceOf(SocketTimeoutException.class);

        sockets.get(0).close();
        extra.setSoTimeout(ANSWER_MILLIS);
        assertThat(answer(extra)).as("served once another closed").contains("\"ok\"");

        assertThat(healthz(sockets.get(1))).as("the connections kept open still work").contains("\"ok\"");
        for (int i = 1; i < sockets.size(); i++) {
            sockets.get(i).close();
        }
        for (int i = 0; i < 2 * CAP; i++) {
            assertThat(new TestHttp(app.port()).get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", app.port());
        socket.setSoTimeout(ANSWER_MILLIS);
        sockets.add(socket);
        return socket;
    }

    private static String healthz(Socket socket) throws IOException {
        ask(socket);
        return answer(socket);
    }

    private static void ask(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Reads one keep-alive answer to {@code /healthz}: up to the end of its JSON body (or of the stream). */
    private static String answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!text.toString().contains("\r\n\r\n") || !text.toString().endsWith("}")) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            text.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
        return text.toString();
    }
}
