package touchbase.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;

/** The sub-commands, by name. */
final class Commands {

    private static final List<Command> ALL = List.of(
            new Command("serve", "run the web service (the default)", true, Commands::serve),
            new Command("migrate", "apply pending database migrations and exit", true, Commands::migrate),
            new Command("version", "print the version", false, Commands::version),
            new Command("help", "list the commands", false, Commands::help));

    private Commands() {
    }

    static Command named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    static String names() {
        return ALL.stream().map(Command::name).collect(Collectors.joining(", "));
    }

    /** Starts the web service and stops it gracefully on SIGTERM / Ctrl-C. */
    private static int serve(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        RunningService service = Wiring.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "touchbase-shutdown"));
        out.println("Touchbase is running: open " + config.baseUrl()
                + (config.demoMode() ? " (demo mode: no Google credentials set)" : ""));
        return Main.OK;
    }

    private static int migrate(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        out.println(Wiring.migrate(config));
        return Main.OK;
    }

    private static int version(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        String version = Main.class.getPackage().getImplementationVersion();
        out.println("touchbase " + (version == null ? "dev" : version));
        return Main.OK;
    }

    private static int help(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        out.println("usage: java -jar touchbase.jar [command]");
        ALL.forEach(c -> out.printf("  %-8s %s%n", c.name(), c.summary()));
        return Main.OK;
    }
}
