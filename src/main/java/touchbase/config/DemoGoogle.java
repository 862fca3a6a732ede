package touchbase.config;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;

/**
 * Demo mode ({@code TOUCHBASE_DEMO}, see {@link AppConfig}): Touchbase starts its Google emulator on
 * a free loopback port, seeded with a deterministic demo account and colleagues, and configures itself
 * against it exactly as against Google, so every production code path runs.
 */
final class DemoGoogle {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGoogle.class);

    private DemoGoogle() {
    }

    /** Starts the emulator; the returned config talks to it. Close the emulator when the service stops. */
    static Started start(AppConfig config, Clock clock) {
        GoogleEmulator emulator = GoogleEmulator.start(DemoCalendars.seed(LocalDate.now(clock)), 0, clock);
        GoogleEndpoints endpoints = new GoogleEndpoints(URI.create(emulator.authUri()), URI.create(emulator.tokenUri()),
                URI.create(emulator.revokeUri()), URI.create(emulator.apiRoot()), URI.create(emulator.userinfoUri()));
        LOG.info("demo mode: Google emulator at {} (sign in as {})", emulator.baseUrl(), DemoCalendars.ACCOUNT_EMAIL);
        AppConfig demo = config.withGoogle(
                new AppConfig.GoogleClient(DemoCalendars.CLIENT_ID, DemoCalendars.CLIENT_SECRET), endpoints);
        return new Started(demo, emulator);
    }

    /**
     * In demo mode, starts the emulator and adds it to {@code opened} (closed with whatever is being
     * started); otherwise, or when a test has already pointed the demo at its own Google, nothing.
     */
    static Optional<Started> startIfDemo(AppConfig requested, Clock clock, List<AutoCloseable> opened) {
        if (!requested.demoMode() || requested.googleClient().isPresent()) {
            return Optional.empty();
        }
        Started demo = start(requested, clock);
        opened.add(demo.emulator());
        return Optional.of(demo);
    }

    record Started(AppConfig config, GoogleEmulator emulator) {
    }
}
