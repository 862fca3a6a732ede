package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigReaderTest {

    private static AppConfig read(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return AppConfig.fromEnvironment(env);
    }

    @Nested
    class Defaults {
        private final AppConfig config = read();

        @Test
        void listensOnLoopbackPort7070() {
            assertThat(config.host()).isEqualTo("127.0.0.1");
            assertThat(config.port()).isEqualTo(7070);
        }

        @Test
        void publicUrlIsLocalhost7070() {
            assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:7070"));
            assertThat(config.redirectUri()).isEqualTo(URI.create("http://localhost:7070/auth/google/callback"));
        }

        @Test
        void keepsDataInASqliteFileUnderDataFolder() {
            assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
            assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:./data/touchbase.db");
            assertThat(config.usesSqlite()).isTrue();
        }

        @Test
        void logsInToTheDatabaseWithNoUserAndTheDatabasesDefaultPool() {
            assertThat(config.dbAccess()).isEqualTo(new AppConfig.DatabaseAccess(Optional.empty(), Optional.empty(),
                    OptionalInt.empty()));
        }

        @Test
        void withoutGoogleCredentialsRunsInDemoMode() {
            assertThat(config.demoMode()).isTrue();
        }

        @Test
        void talksToGooglesRealEndpoints() {
            assertThat(config.googleEndpoints()).isEqualTo(GoogleEndpoints.google());
            assertThat(config.googleEndpoints().tokenUri()).hasToString("https://oauth2.googleapis.com/token");
        }

        @Test
        void cookiesAreNotSecureOverPlainHttp() {
            assertThat(config.secureCookies()).isFalse();
        }
    }

    @Nested
    class GoodValues {

        @Test
        void readsPortAndHost() {
            AppConfig config = read("PORT", "8080", "TOUCHBASE_HOST", "0.0.0.0",
                    "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "secret");
            assertThat(config.port()).isEqualTo(8080);
            assertThat(config.host()).isEqualTo("0.0.0.0");
        }

        @Test
        void defaultPublicUrlFollowsThePort() {
            assertThat(read("PORT", "8080").baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        }

        @Test
        void httpsBaseUrlMakesCookiesSecureAndTheRedirectUriFollowsIt() {
            AppConfig config = read("TOUCHBASE_BASE_URL", "https://touchbase.example.com/");
            assertThat(config.secureCookies()).isTrue();
            assertThat(config.redirectUri()).hasToString("https://touchbase.example.com/auth/google/callback");
        }

        @Test
        void dataFolderMovesTheDefaultDatabase() {
            AppConfig config = read("TOUCHBASE_DATA_DIR", "/var/lib/touchbase");
            assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/touchbase"));
            assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:/var/lib/touchbase/touchbase.db");
        }

        @Test
        void acceptsAPostgresqlUrl() {
            AppConfig config = read("TOUCHBASE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/touchbase");
            assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/touchbase");
            assertThat(config.usesSqlite()).isFalse();
        }

        @Test
        void readsThePostgresqlLoginAndPoolSizeWithoutEverPrintingThePassword() {
            AppConfig config = read("TOUCHBASE_DB_URL", "jdbc:postgresql://db.internal:5432/touchbase",
                    "TOUCHBASE_DB_USER", "touchbase", "TOUCHBASE_DB_PASSWORD", "db-password-value",
                    "TOUCHBASE_DB_POOL_SIZE", "25");
            assertThat(config.dbAccess().user()).contains("touchbase");
            assertThat(config.dbAccess().password()).contains("db-password-value");
            assertThat(config.dbAccess().poolSize()).hasValue(25);
            assertThat(config.toString()).contains("touchbase").doesNotContain("db-password-value");
        }

        @Test
        void googleCredentialsLeaveDemoMode() {
            AppConfig config = read("GOOGLE_CLIENT_ID", "id.apps.googleusercontent.com", "GOOGLE_CLIENT_SECRET", "s3cret");
            assertThat(config.demoMode()).isFalse();
            assertThat(config.googleClient()).get().extracting(AppConfig.GoogleClient::clientId)
                    .isEqualTo("id.apps.googleusercontent.com");
        }

        @Test
        void everyGoogleEndpointCanBeOverridden() {
            AppConfig config = read(
                    "TOUCHBASE_GOOGLE_AUTH_URI", "http://127.0.0.1:9000/o/oauth2/v2/auth",
                    "TOUCHBASE_GOOGLE_TOKEN_URI", "http://127.0.0.1:9000/token",
                    "TOUCHBASE_GOOGLE_REVOKE_URI", "http://127.0.0.1:9000/revoke",
                    "TOUCHBASE_GOOGLE_API_ROOT", "http://127.0.0.1:9000/",
                    "TOUCHBASE_GOOGLE_USERINFO_URI", "http://127.0.0.1:9000/oauth2/v3/userinfo");
            assertThat(config.googleEndpoints()).isEqualTo(new GoogleEndpoints(
                    URI.create("http://127.0.0.1:9000/o/oauth2/v2/auth"), URI.create("http://127.0.0.1:9000/token"),
                    URI.create("http://127.0.0.1:9000/revoke"), URI.create("http://127.0.0.1:9000/"),
                    URI.create("http://127.0.0.1:9000/oauth2/v3/userinfo")));
        }

        @Test
        void readsTheSecretKeyWithoutEverPrintingIt() {
            AppConfig config = read("TOUCHBASE_SECRET_KEY", "very-secret-key-material",
                    "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "client-secret-value");
            assertThat(config.secretKey()).contains("very-secret-key-material");
            assertThat(config.toString()).doesNotContain("very-secret-key-material").doesNotContain("client-secret-value");
        }

        @Test
        void blankValuesMeanTheDefault() {
            assertThat(read("PORT", "  ").port()).isEqualTo(7070);
        }
    }

    @Nested
    class BadValues {

        @ParameterizedTest
        @ValueSource(strings = {"abc", "0", "65536", "-1", "80.5"})
        void portOutsideTheRangeNamesTheVariableAndTheValue(String port) {
            assertThatThrownBy(() -> read("PORT", port))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("PORT must be a number from 1 to 65535, got \"" + port + "\"");
        }

        @ParameterizedTest
        @CsvSource({
            "TOUCHBASE_BASE_URL, localhost:7070",
            "TOUCHBASE_BASE_URL, ftp://example.com",
            "TOUCHBASE_GOOGLE_AUTH_URI, not a url",
            "TOUCHBASE_GOOGLE_TOKEN_URI, //no-scheme",
            "TOUCHBASE_GOOGLE_REVOKE_URI, mailto:x@y.z",
            "TOUCHBASE_GOOGLE_API_ROOT, http://",
            "TOUCHBASE_GOOGLE_USERINFO_URI, file:///etc/passwd"
        })
        void urlsMustBeHttpWithAHost(String variable, String value) {
            assertThatThrownBy(() -> read(variable, value))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(variable + " must be an http:// or https:// URL")
                    .hasMessageEndingWith("got \"" + value + "\"");
        }

        @Test
        void signInStartsPerAddressDefaultToTwentyAndCanBeRaised() {
            assertThat(read().signInStarts()).isEqualTo(20);
            assertThat(read("TOUCHBASE_SIGN_IN_STARTS", "500").signInStarts()).isEqualTo(500);
            assertThatThrownBy(() -> read("TOUCHBASE_SIGN_IN_STARTS", "0"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_SIGN_IN_STARTS must be a number from 1 to 1000000, got \"0\"");
        }

        @Test
        void accessLogIsOnOrOff() {
            assertThat(read().accessLog()).isTrue();
            assertThat(read("TOUCHBASE_ACCESS_LOG", "OFF").accessLog()).isFalse();
            assertThat(read("TOUCHBASE_ACCESS_LOG", "on").accessLog()).isTrue();
            assertThatThrownBy(() -> read("TOUCHBASE_ACCESS_LOG", "false"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_ACCESS_LOG must be \"on\" or \"off\", got \"false\"");
        }

        @Test
        void outboxLeaseIsFiveMinutesUnlessSetInSeconds() {
            assertThat(read().outboxLease()).isEqualTo(java.time.Duration.ofMinutes(5));
            assertThat(read("TOUCHBASE_OUTBOX_LEASE_SECONDS", "20").outboxLease()).isEqualTo(java.time.Duration.ofSeconds(20));
            assertThatThrownBy(() -> read("TOUCHBASE_OUTBOX_LEASE_SECONDS", "1"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_OUTBOX_LEASE_SECONDS must be a number from 5 to 3600, got \"1\"");
        }

        @Test
        void databaseUrlMustBeSqliteOrPostgresql() {
            assertThatThrownBy(() -> read("TOUCHBASE_DB_URL", "jdbc:mysql://localhost/x"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_DB_URL must start with \"jdbc:sqlite:\" or \"jdbc:postgresql:\", "
                            + "got \"jdbc:mysql://localhost/x\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"many", "0", "201", "-4", "2.5"})
        void poolSizeOutsideTheRangeNamesTheVariableAndTheValue(String size) {
            assertThatThrownBy(() -> read("TOUCHBASE_DB_POOL_SIZE", size))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_DB_POOL_SIZE must be a number from 1 to 200, got \"" + size + "\"");
        }

        @Test
        void dataFolderMustBeAPath() {
            assertThatThrownBy(() -> read("TOUCHBASE_DATA_DIR", "bad\u0000path"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("TOUCHBASE_DATA_DIR must be a folder path");
        }

        @Test
        void clientIdWithoutSecretIsRefused() {
            assertThatThrownBy(() -> read("GOOGLE_CLIENT_ID", "id"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("GOOGLE_CLIENT_SECRET must be set when GOOGLE_CLIENT_ID is set");
        }

        @Test
        void secretWithoutClientIdIsRefused() {
            assertThatThrownBy(() -> read("GOOGLE_CLIENT_SECRET", "s"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("GOOGLE_CLIENT_ID must be set when GOOGLE_CLIENT_SECRET is set");
        }
    }

    @Nested
    class DemoMode {
        private static final String[] CREDENTIALS = {"GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "secret"};

        private AppConfig readWithCredentials(String... pairs) {
            String[] all = Arrays.copyOf(CREDENTIALS, CREDENTIALS.length + pairs.length);
            System.arraycopy(pairs, 0, all, CREDENTIALS.length, pairs.length);
            return read(all);
        }

        @ParameterizedTest
        @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "localhost", "LOCALHOST", "::1", "[::1]", "0:0:0:0:0:0:0:1"})
        void withoutCredentialsOnALoopbackAddressDefaultsToTheDemo(String host) {
            assertThat(read("TOUCHBASE_HOST", host).demoMode()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.20", "touchbase.example.com", "localhost.example.com",
            "128.0.0.1"})
        void withoutCredentialsOnAPublicAddressStopsAndSaysWhatToSet(String host) {
            assertThatThrownBy(() -> read("TOUCHBASE_HOST", host))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("No Google credentials: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET, or "
                            + "TOUCHBASE_DEMO=true to run the demo on " + host);
        }

        @Test
        void explicitDemoRunsOnAPublicAddress() {
            AppConfig config = read("TOUCHBASE_HOST", "0.0.0.0", "TOUCHBASE_DEMO", "true");

            assertThat(config.demoMode()).isTrue();
            assertThat(config.googleClient()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"127.0.0.1", "0.0.0.0"})
        void credentialsMeanGoogleWhereverItListens(String host) {
            AppConfig config = readWithCredentials("TOUCHBASE_HOST", host);

            assertThat(config.demoMode()).isFalse();
            assertThat(config.googleClient()).isPresent();
        }

        @Test
        void explicitNoDemoWithCredentialsUsesGoogle() {
            assertThat(readWithCredentials("TOUCHBASE_DEMO", "false").demoMode()).isFalse();
        }

        @Test
        void valuesAreCaseInsensitiveAndBlankMeansTheDefault() {
            assertThat(read("TOUCHBASE_DEMO", "TRUE", "TOUCHBASE_HOST", "0.0.0.0").demoMode()).isTrue();
            assertThat(read("TOUCHBASE_DEMO", " ").demoMode()).isTrue();
        }

        @Test
        void demoWithCredentialsIsRefusedRatherThanIgnoringEither() {
            assertThatThrownBy(() -> readWithCredentials("TOUCHBASE_DEMO", "true"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_DEMO=true cannot be used with GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET "
                            + "set: unset TOUCHBASE_DEMO to use Google, or unset the credentials to run the demo");
        }

        @Test
        void noDemoWithoutCredentialsIsRefusedEvenOnLoopback() {
            assertThatThrownBy(() -> read("TOUCHBASE_DEMO", "false"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_DEMO=false needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (nothing to sign "
                            + "in with otherwise): set them, or set TOUCHBASE_DEMO=true to run the demo");
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "1", "on", "demo"})
        void anyOtherValueNamesTheVariableAndTheValue(String value) {
            assertThatThrownBy(() -> read("TOUCHBASE_DEMO", value))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TOUCHBASE_DEMO must be \"true\" or \"false\", got \"" + value + "\"");
        }

        @Test
        void aConfigOutsideDemoModeAlwaysHasAGoogleClient() {
            AppConfig demo = read();

            assertThatThrownBy(() -> new AppConfig(demo.host(), demo.port(), demo.baseUrl(), demo.dataDir(),
                    demo.dbUrl(), demo.dbAccess(), Optional.empty(), demo.googleEndpoints(), demo.secretKey(), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("googleClient must be present outside demo mode");
        }
    }
}
