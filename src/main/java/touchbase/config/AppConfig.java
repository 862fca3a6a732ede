package touchbase.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything Touchbase reads from its environment, read and validated once at start-up.
 * {@code demoMode} is the explicit setting {@code TOUCHBASE_DEMO} (see {@link ConfigReader} for its
 * default): in demo mode the service starts its Google emulator and, once it runs, {@link #withGoogle}
 * points the Google client at it. Outside demo mode a Google client is always present.
 * {@code accessLog} is {@code TOUCHBASE_ACCESS_LOG}: whether each request gets a line in the log.
 * {@code signInStarts} is {@code TOUCHBASE_SIGN_IN_STARTS}: how many sign-ins one client address may
 * start in 10 minutes.
 * {@code outboxLease} is {@code TOUCHBASE_OUTBOX_LEASE_SECONDS}: how long an outbox worker's claim on a
 * write lasts, so how long the writes of a worker that died wait before another takes them.
 */
public record AppConfig(
        String host,
        int port,
        URI baseUrl,
        Path dataDir,
        String dbUrl,
        DatabaseAccess dbAccess,
        Optional<GoogleClient> googleClient,
        GoogleEndpoints googleEndpoints,
        Optional<String> secretKey,
        boolean demoMode,
        boolean accessLog,
        int signInStarts,
        java.time.Duration outboxLease) {

    /** The sign-in starts one address may make in 10 minutes unless {@code TOUCHBASE_SIGN_IN_STARTS} says otherwise. */
    public static final int DEFAULT_SIGN_IN_STARTS = 20;

    /** The OAuth client registered in Google Cloud (type "Web application"). */
    public record GoogleClient(String clientId, String clientSecret) {
        public GoogleClient {
            Objects.requireNonNull(clientId, "clientId must not be null");
            Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        }

        @Override
        public String toString() {
            return "GoogleClient[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /**
     * How to log in to the database ({@code TOUCHBASE_DB_USER}, {@code TOUCHBASE_DB_PASSWORD}; a
     * SQLite file needs neither) and how many connections the pool may open
     * ({@code TOUCHBASE_DB_POOL_SIZE}; the database's default when empty). The password never
     * appears in {@link #toString()}.
     */
    public record DatabaseAccess(Optional<String> user, Optional<String> password, OptionalInt poolSize) {
        public DatabaseAccess {
            Objects.requireNonNull(user, "user must not be null");
            Objects.requireNonNull(password, "password must not be null");
            Objects.requireNonNull(poolSize, "poolSize must not be null");
        }

        @Override
        public String toString() {
            return "DatabaseAccess[user=" + user.orElse("") + ", password=" + password.map(p -> "***").orElse("")
                    + ", poolSize=" + (poolSize.isPresent() ? String.valueOf(poolSize.getAsInt()) : "default") + "]";
        }
    }

    public AppConfig {
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        Objects.requireNonNull(dataDir, "dataDir must not be null");
        Objects.requireNonNull(dbUrl, "dbUrl must not be null");
        Objects.requireNonNull(dbAccess, "dbAccess must not be null");
        Objects.requireNonNull(googleClient, "googleClient must not be null");
        Objects.requireNonNull(googleEndpoints, "googleEndpoints must not be null");
        Objects.requireNonNull(secretKey, "secretKey must not be null");
        Objects.requireNonNull(outboxLease, "outboxLease must not be null");
        if (!demoMode && googleClient.isEmpty()) {
            throw new IllegalArgumentException("googleClient must be present outside demo mode");
        }
    }

    /** A configuration with the request log on ({@code TOUCHBASE_ACCESS_LOG=on}, the default). */
    public AppConfig(String host, int port, URI baseUrl, Path dataDir, String dbUrl, DatabaseAccess dbAccess,
            Optional<GoogleClient> googleClient, GoogleEndpoints googleEndpoints, Optional<String> secretKey,
            boolean demoMode) {
        this(host, port, baseUrl, dataDir, dbUrl, dbAccess, googleClient, googleEndpoints, secretKey, demoMode, true);
    }

    /** A configuration with the default budget of sign-in starts per address. */
    public AppConfig(String host, int port, URI baseUrl, Path dataDir, String dbUrl, DatabaseAccess dbAccess,
            Optional<GoogleClient> googleClient, GoogleEndpoints googleEndpoints, Optional<String> secretKey,
            boolean demoMode, boolean accessLog) {
        this(host, port, baseUrl, dataDir, dbUrl, dbAccess, googleClient, googleEndpoints, secretKey, demoMode,
                accessLog, DEFAULT_SIGN_IN_STARTS, touchbase.booking.OutboxWorker.LEASE);
    }

    /** Reads the configuration from environment variables; see {@link ConfigReader} for the rules. */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        return new ConfigReader(env).read();
    }

    /** The OAuth redirect URI registered with Google: {@code ${TOUCHBASE_BASE_URL}/auth/google/callback}. */
    public URI redirectUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/auth/google/callback");
    }

    /** Cookies are marked {@code Secure} when the public URL is https. */
    public boolean secureCookies() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    public boolean usesSqlite() {
        return dbUrl.startsWith("jdbc:sqlite:");
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(host, newPort, baseUrl, dataDir, dbUrl, dbAccess, googleClient, googleEndpoints, secretKey,
                demoMode, accessLog, signInStarts, outboxLease);
    }

    public AppConfig withGoogle(GoogleClient client, GoogleEndpoints endpoints) {
        return new AppConfig(host, port, baseUrl, dataDir, dbUrl, dbAccess, Optional.of(client), endpoints, secretKey, demoMode,
                accessLog, signInStarts, outboxLease);
    }

    @Override
    public String toString() {
        return "AppConfig[host=" + host + ", port=" + port + ", baseUrl=" + baseUrl + ", dataDir=" + dataDir
                + ", dbUrl=" + dbUrl + ", dbAccess=" + dbAccess + ", googleClient=" + googleClient + ", googleEndpoints=" + googleEndpoints
                + ", secretKey=" + secretKey.map(k -> "***") + ", demoMode=" + demoMode
                + ", accessLog=" + accessLog + ", signInStarts=" + signInStarts + ", outboxLease=" + outboxLease + "]";
    }
}
