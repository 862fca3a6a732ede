package touchbase.cli;

import java.io.PrintStream;
import java.util.Objects;
import touchbase.config.AppConfig;

/** One sub-command of {@code touchbase.jar}: its name, a one-line summary, and what it does. */
record Command(String name, String summary, boolean needsConfig, Action action) {

    /** The body of a command; returns the process exit code. */
    @FunctionalInterface
    interface Action {
        int run(AppConfig config, String[] args, PrintStream out, PrintStream err);
    }

    Command {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(action, "action must not be null");
    }

    int run(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        return action.run(config, args, out, err);
    }
}
