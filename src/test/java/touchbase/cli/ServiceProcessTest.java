package touchbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real service as its own process, with only the environment each test gives it. */
class ServiceProcessTest {

    @TempDir
    Path dataDir;

    private record Exit(int code, String stdout, String stderr) {
    }

    private Exit startService(Map<String, String> env) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve");
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        assertThat(exited).as("the service stops by itself instead of serving").isTrue();
        return new Exit(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withoutGoogleCredentialsOnAllInterfacesItRefusesToStartAndSaysWhatToSet() throws Exception {
        Exit exit = startService(Map.of("TOUCHBASE_HOST", "0.0.0.0",
                "TOUCHBASE_DATA_DIR", dataDir.toString()));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.stderr().lines().toList()).isEqualTo(List.of("No Google credentials: set GOOGLE_CLIENT_ID "
                + "and GOOGLE_CLIENT_SECRET, or TOUCHBASE_DEMO=true to run the demo on 0.0.0.0"));
        assertThat(exit.stdout()).doesNotContain("Touchbase is running");
        assertThat(dataDir).isEmptyDirectory();
    }
}
