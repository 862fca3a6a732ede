package touchbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aBadVariableStopsWithExitCode2AndOneLineNamingIt() {
        int code = run(Map.of("PORT", "abc"), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("PORT must be a number from 1 to 65535, got \"abc\"" + System.lineSeparator());
    }

    @Test
    void withoutGoogleCredentialsOnAPublicAddressStopsWithExitCode2AndSaysWhatToSet() {
        int code = run(Map.of("TOUCHBASE_HOST", "0.0.0.0"), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("No Google credentials: set GOOGLE_CLIENT_ID and "
                + "GOOGLE_CLIENT_SECRET, or TOUCHBASE_DEMO=true to run the demo on 0.0.0.0" + System.lineSeparator());
    }

    @Test
    void anInvalidDemoSettingStopsWithExitCode2AndOneLineNamingIt() {
        int code = run(Map.of("TOUCHBASE_DEMO", "yes"), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("TOUCHBASE_DEMO must be \"true\" or \"false\", got \"yes\"" + System.lineSeparator());
    }

    @Test
    void aBadPoolSizeStopsWithExitCode2AndOneLineNamingIt() {
        int code = run(Map.of("TOUCHBASE_DB_POOL_SIZE", "lots"), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("TOUCHBASE_DB_POOL_SIZE must be a number from 1 to 200, got \"lots\"" + System.lineSeparator());
    }

    @Test
    void noCommandMeansServeAndValidatesTheConfigurationFirst() {
        int code = run(Map.of("TOUCHBASE_DB_URL", "jdbc:mysql://x"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("TOUCHBASE_DB_URL must start with");
    }

    @Test
    void versionPrintsTheVersionWithoutReadingConfiguration() {
        int code = run(Map.of("PORT", "abc"), "version");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("touchbase ");
    }

    @Test
    void anUnknownCommandListsTheKnownOnes() {
        int code = run(Map.of(), "fly");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command \"fly\"").contains("serve, migrate, version");
    }

    @Test
    void migrateBringsTheDatabaseUpToDateAndExits(@TempDir Path dataDir) {
        int code = run(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString()), "migrate");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("database sqlite is up to date");
        assertThat(dataDir.resolve("touchbase.db")).exists();
    }

    @Test
    void loginWithoutAGoogleClientSaysWhatToSet(@TempDir Path dataDir) {
        int code = run(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString()), "login");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("login needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET");
    }

    @Test
    void loginRejectsUnknownArguments(@TempDir Path dataDir) {
        int code = run(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString()), "login", "--colour");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar touchbase.jar login [--port N]");
    }
}
