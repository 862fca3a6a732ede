package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The request log's feed lines: polls that found their feed are summed up (here at every poll, so no test
 * waits), 404s and 429s keep a line each, no line ever names a token, and nothing is written when off.
 */
class RequestLogTest {

    private final Logger requests = (Logger) LoggerFactory.getLogger("touchbase.requests");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        requests.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        requests.detachAppender(lines);
    }

    @Test
    void feedPollsAreSummedUpAndFailuresKeepALineEach() {
        RequestLog log = new RequestLog(true, Duration.ZERO);

        log.feed("GET", 304, System.nanoTime());
        log.feed("HEAD", 404, System.nanoTime());
        log.feed("GET", 429, System.nanoTime());

        List<String> written = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(written).hasSize(3);
        assertThat(written.get(0)).contains("/feed/….ics polls since the last summary: 0 answered 200, 1 answered 304");
        assertThat(written.get(1)).startsWith("HEAD /feed/….ics 404");
        assertThat(written.get(2)).startsWith("GET /feed/….ics 429");
    }

    @Test
    void pollsWithinTheIntervalAreCountedIntoOneLine() {
        RequestLog log = new RequestLog(true, Duration.ofDays(1));

        for (int i = 0; i < 100; i++) {
            log.feed("GET", i % 2 == 0 ? 200 : 304, System.nanoTime());
        }

        assertThat(lines.list).as("the summary waits for its interval").isEmpty();
    }

    @Test
    void offWritesNothing() {
        RequestLog log = new RequestLog(false, Duration.ZERO);

        log.feed("GET", 200, System.nanoTime());
        log.feed("GET", 404, System.nanoTime());

        assertThat(lines.list).isEmpty();
    }
}
