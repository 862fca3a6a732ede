package touchbase.config;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import touchbase.colleagues.ColleagueInput;
import touchbase.account.GoogleScopes;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;
import touchbase.domain.GoogleTokens;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.google.emulator.oauth.IssuedTokens;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.planning.Plan;
import touchbase.cli.ProposalTable;
import touchbase.storage.Database;

/**
 * {@code touchbase.jar plan [email]}: prints the proposals for the signed-in account as a table,
 * booking nothing. When planning takes longer than a second, a progress line runs on stderr. In
 * demo mode it plans for the demo account (and its demo colleagues) against a fresh emulator.
 */
final class PlanRun {

    static final Duration PROGRESS_AFTER = Duration.ofSeconds(1);

    private PlanRun() {
    }

    static int run(AppConfig requested, Optional<String> email, PrintStream out, PrintStream err, Clock clock) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Optional<DemoGoogle.Started> demo = DemoGoogle.startIfDemo(requested, clock, opened);
            AppConfig config = demo.map(DemoGoogle.Started::config).orElse(requested);
            Database database = Wiring.migratedDatabase(config);
            opened.add(database);
            Components components = new Components(config, database, clock);
            if (demo.isPresent()) {
                signInDemoAccount(components, demo.get(), clock);
            }
            Optional<AccountProfile> account = email.isPresent() ? components.accounts.byEmail(email.get())
                    : onlyAccount(components);
            if (account.isEmpty()) {
                err.println(email.map(e -> "no account for " + e + "; ").orElse("")
                        + "sign in first: open Touchbase in a browser, or run: java -jar touchbase.jar login");
                return 1;
            }
            Plan plan = withProgress(err, () -> components.proposals.plan(account.get().id()));
            out.println("Proposals for " + account.get().email() + " (nothing booked):");
            out.print(ProposalTable.render(plan));
            return 0;
        } finally {
            new RunningService(0, requested, opened).close();
        }
    }

    private static Optional<AccountProfile> onlyAccount(Components components) {
        return components.accounts.lastConnected();
    }

    /** The demo account as if it had just signed in on the emulator, with the demo colleagues if it has none. */
    private static void signInDemoAccount(Components components, DemoGoogle.Started demo, Clock clock) {
        EmulatedPerson person = DemoCalendars.account();
        Set<String> scopes = Set.copyOf(GoogleScopes.REQUESTED);
        IssuedTokens issued = demo.emulator().issueTokens(person.email(), scopes);
        AccountProfile profile = components.accounts.byEmail(person.email()).orElseGet(() -> new AccountProfile(
                UUID.randomUUID().toString(), Optional.of(person.subject()), person.email(), Optional.of(person.name()),
                person.zone(), ConnectionStatus.CONNECTED)).withStatus(ConnectionStatus.CONNECTED);
        components.accounts.save(profile);
        components.vault.save(profile.id(), new GoogleTokens(issued.accessToken(), issued.refreshToken(),
                clock.instant().plus(Duration.ofHours(1)), scopes));
        if (components.colleagues.all(profile.id()).isEmpty()) {
            for (EmulatedPerson colleague : DemoCalendars.colleagues()) {
                components.colleagueBook.add(profile.id(), new ColleagueInput(colleague.email(),
                        Optional.of(colleague.name()), Optional.of(colleague.zone().getId()), Optional.empty()));
            }
        }
    }

    private static <T> T withProgress(PrintStream err, java.util.function.Supplier<T> work) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "plan-progress");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        String[] bar = {"[=         ]", "[ =        ]", "[  =       ]", "[   =      ]", "[    =     ]",
            "[     =    ]", "[      =   ]", "[       =  ]", "[        = ]", "[         =]"};
        int[] tick = {0};
        boolean[] shown = {false};
        ticker.scheduleAtFixedRate(() -> {
            shown[0] = true;
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("\rplanning %s %.1f s", bar[tick[0]++ % bar.length], seconds);
        }, PROGRESS_AFTER.toMillis(), 200, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            ticker.shutdownNow();
            if (shown[0]) {
                err.printf("\rplanned in %.1f s%s%n", (System.nanoTime() - started) / 1e9, " ".repeat(12));
            }
        }
    }
}
