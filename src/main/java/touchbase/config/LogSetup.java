package touchbase.config;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging set-up, in code (found by logback through {@code META-INF/services}) rather than in a
 * {@code logback.xml}: reading XML costs logback's Joran and the JDK's XML parser about 500 classes and
 * a tenth of a second at every start. Lines go to standard error; the request log ({@code touchbase.requests},
 * {@code TOUCHBASE_ACCESS_LOG}) is written by a background thread that drops lines rather than keep
 * requests waiting when it falls behind; the libraries speak at WARN. A file named by
 * {@code -Dlogback.configurationFile=...} still replaces all of this.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final String REQUESTS = "touchbase.requests";
    static final int REQUEST_QUEUE = 8192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> console = console(context);
        Logger requests = context.getLogger(REQUESTS);
        requests.setLevel(Level.INFO);
        requests.setAdditive(false);
        requests.addAppender(background(context, console));
        for (String library : new String[] {"org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari", "io.javalin"}) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        return console;
    }

    private static AsyncAppender background(LoggerContext context, ConsoleAppender<ILoggingEvent> console) {
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("REQUESTS");
        async.setQueueSize(REQUEST_QUEUE);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(true);
        async.addAppender(console);
        async.start();
        return async;
    }
}
