package touchbase.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import touchbase.config.AppConfig;
import touchbase.config.ConfigException;

/**
 * {@code java -jar touchbase.jar [serve|migrate|version|help]}. Configuration errors end the
 * process with exit code 2 and one line naming the variable.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err);
        if (code != OK || !"serve".equals(command(args))) {
            System.exit(code);
        }
    }

    /** Runs one sub-command and returns the process exit code ({@code serve} returns once started). */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = command(args);
        Command chosen = Commands.named(command);
        if (chosen == null) {
            err.println("unknown command \"" + command + "\"; expected one of: " + Commands.names());
            return USAGE;
        }
        try {
            AppConfig config = chosen.needsConfig() ? AppConfig.fromEnvironment(env) : null;
            return chosen.run(config, Arrays.copyOfRange(args, Math.min(1, args.length), args.length), out, err);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("touchbase " + command + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static String command(String[] args) {
        return args.length == 0 ? "serve" : args[0];
    }
}
