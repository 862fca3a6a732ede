package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void logbackFindsTheSetUpInCodeAndNoXml() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isInstanceOf(ConsoleAppender.class);
        assertThat(LogSetupTest.class.getResource("/logback.xml")).isNull();
    }

    @Test
    void requestsGoThroughABackgroundQueueThatDropsRatherThanWaitsAndLibrariesSpeakAtWarn() {
        LoggerContext context = new LoggerContext();

        assertThat(new LogSetup().configure(context)).isEqualTo(LogSetup.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger requests = context.getLogger(LogSetup.REQUESTS);
        assertThat(requests.isAdditive()).isFalse();
        AsyncAppender async = (AsyncAppender) requests.getAppender("REQUESTS");
        assertThat(async.isNeverBlock()).isTrue();
        assertThat(async.getQueueSize()).isEqualTo(LogSetup.REQUEST_QUEUE);
        assertThat(async.getDiscardingThreshold()).isZero();
        assertThat(async.getAppender("STDOUT")).isNotNull();
        ConsoleAppender<?> console = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LogSetup.PATTERN);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        for (String library : new String[] {"org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari", "io.javalin"}) {
            assertThat(context.getLogger(library).getEffectiveLevel()).isEqualTo(Level.WARN);
        }
        context.stop();
    }
}
