package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import touchbase.TestHttp;

class DemoModeTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutGoogleCredentialsTheServicePointsGoogleAtTheLoopbackEmulator() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString())).withPort(0);

        try (RunningService service = Wiring.start(config)) {
            AppConfig running = service.config();
            assertThat(running.demoMode()).isTrue();
            assertThat(running.googleClient()).isPresent();
            assertThat(running.googleEndpoints().tokenUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(running.googleEndpoints().apiRoot().getHost()).isEqualTo("127.0.0.1");
            assertThat(running.googleEndpoints().authUri().getPath()).isEqualTo("/o/oauth2/v2/auth");
        }
    }

    @Test
    void everyPageShowsTheDemoBannerExplainingHowToConnectARealAccount() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString())).withPort(0);

        try (RunningService service = Wiring.start(config)) {
            HttpResponse<String> home = new TestHttp(service.port()).get("/");

            assertThat(home.body()).contains("id=\"demo-banner\"").contains("GOOGLE_CLIENT_ID");
        }
    }

    @Test
    void withGoogleCredentialsThereIsNoDemo() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TOUCHBASE_DATA_DIR", dataDir.toString(),
                "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "secret")).withPort(0);

        try (RunningService service = Wiring.start(config)) {
            assertThat(service.config().demoMode()).isFalse();
            assertThat(service.config().googleEndpoints()).isEqualTo(GoogleEndpoints.google());
            assertThat(new TestHttp(service.port()).get("/").body()).doesNotContain("demo-banner");
        }
    }
}
