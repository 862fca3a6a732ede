package touchbase.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import touchbase.account.SignInOutcome;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;

/** The sub-commands, by name. */
final class Commands {

    private static final List<Command> ALL = List.of(
            new Command("serve", "run the web service (the default)", true, Commands::serve),
            new Command("migrate", "apply pending database migrations and exit", true, Commands::migrate),
            new Command("version", "print the version", false, Commands::version),
            new Command("login", "connect Google Calendar from a terminal (loopback redirect; --port N)", true,
                    Commands::login),
            new Command("plan", "print proposed touch-bases for the signed-in account, booking nothing [email]", true,
                    Commands::plan),
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

    private static int plan(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        return Wiring.plan(config, java.util.Optional.ofNullable(args.length > 0 ? args[0] : null), out, err);
    }

    private static int migrate(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        out.println(Wiring.migrate(config));
        return Main.OK;
    }

    /** Signs in through a loopback redirect and stores the tokens where the service reads them. */
    private static int login(AppConfig config, String[] args, PrintStream out, PrintStream err) {
        int port = -1;
        if (args.length == 2 && "--port".equals(args[0]) && args[1].matches("\\d{1,5}")) {
            port = Integer.parseInt(args[1]);
        } else if (args.length != 0) {
            err.println("usage: java -jar touchbase.jar login [--port N]");
            return Main.USAGE;
        }
        SignInOutcome outcome = Wiring.login(config, port, out);
        if (outcome instanceof SignInOutcome.Connected connected) {
            out.println("Connected the Google Calendar of " + connected.account().email()
                    + "; the service uses it from now on.");
            return Main.OK;
        }
        if (outcome instanceof SignInOutcome.MissingPermissions missing) {
            missing.missing().forEach(p -> err.println("Touchbase needs permission to " + p.purpose() + " ("
                    + p.name() + "); run login again and leave it ticked."));
        } else if (outcome instanceof SignInOutcome.Failed failed) {
            err.println("Google did not complete the sign-in: " + failed.reason());
        } else {
            err.println("The sign-in did not complete: " + outcome);
        }
        return Main.FAILED;
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
