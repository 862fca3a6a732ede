package touchbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void inDemoModePrintsATableOfProposalsForTheDemoAccountWithoutBooking(@TempDir Path dataDir) {
        int code = run(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString()), "plan");

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(table).contains("Proposals for alex.morgan@demo.touchbase.test (nothing booked)")
                .contains("Colleague").contains("RRULE")
                .contains("lena.vogel@demo.touchbase.test").contains("FREQ=WEEKLY;INTERVAL=2;BYDAY=")
                .contains("Europe/London")
                .contains("no common working hours: Tokyo and London overlap 0 minutes on weekdays; proposed across zones");
    }

    @Test
    void withoutASignedInAccountSaysHowToSignIn(@TempDir Path dataDir) {
        int code = run(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString(),
                "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "secret"), "plan");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sign in first");
    }
}
