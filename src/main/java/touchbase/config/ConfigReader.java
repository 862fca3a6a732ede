package touchbase.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns environment variables into an {@link AppConfig}. Every variable has a default; a bad value
 * fails with one line naming the variable, what it must be and what it got.
 */
final class ConfigReader {

    static final String PORT = "PORT";
    static final String HOST = "TOUCHBASE_HOST";
    static final String BASE_URL = "TOUCHBASE_BASE_URL";
    static final String DATA_DIR = "TOUCHBASE_DATA_DIR";
    static final String DB_URL = "TOUCHBASE_DB_URL";
    static final String DB_USER = "TOUCHBASE_DB_USER";
    static final String DB_PASSWORD = "TOUCHBASE_DB_PASSWORD";
    static final String DB_POOL_SIZE = "TOUCHBASE_DB_POOL_SIZE";
    static final int MAX_POOL_SIZE = 200;
    static final String CLIENT_ID = "GOOGLE_CLIENT_ID";
    static final String CLIENT_SECRET = "GOOGLE_CLIENT_SECRET";
    static final String AUTH_URI = "TOUCHBASE_GOOGLE_AUTH_URI";
    static final String TOKEN_URI = "TOUCHBASE_GOOGLE_TOKEN_URI";
    static final String REVOKE_URI = "TOUCHBASE_GOOGLE_REVOKE_URI";
    static final String API_ROOT = "TOUCHBASE_GOOGLE_API_ROOT";
    static final String USERINFO_URI = "TOUCHBASE_GOOGLE_USERINFO_URI";
    static final String SECRET_KEY = "TOUCHBASE_SECRET_KEY";
    static final String DEMO = "TOUCHBASE_DEMO";
    static final String ACCESS_LOG = "TOUCHBASE_ACCESS_LOG";
    static final String SIGN_IN_STARTS = "TOUCHBASE_SIGN_IN_STARTS";
    static final String OUTBOX_LEASE = "TOUCHBASE_OUTBOX_LEASE_SECONDS";

    private final Map<String, String> env;

    ConfigReader(Map<String, String> env) {
        this.env = env;
    }

    AppConfig read() {
        int port = port();
        String host = text(HOST, "127.0.0.1");
        URI baseUrl = httpUrl(BASE_URL, "http://localhost:" + port);
        Path dataDir = path(DATA_DIR, "./data");
        String dbUrl = dbUrl(dataDir);
        AppConfig.DatabaseAccess dbAccess = new AppConfig.DatabaseAccess(optional(DB_USER), optional(DB_PASSWORD),
                optional(DB_POOL_SIZE).isPresent() ? OptionalInt.of(number(DB_POOL_SIZE, "", 1, MAX_POOL_SIZE))
                        : OptionalInt.empty());
        Optional<AppConfig.GoogleClient> client = googleClient();
        GoogleEndpoints endpoints = new GoogleEndpoints(
                httpUrl(AUTH_URI, GoogleEndpoints.DEFAULT_AUTH_URI.toString()),
                httpUrl(TOKEN_URI, GoogleEndpoints.DEFAULT_TOKEN_URI.toString()),
                httpUrl(REVOKE_URI, GoogleEndpoints.DEFAULT_REVOKE_URI.toString()),
                httpUrl(API_ROOT, GoogleEndpoints.DEFAULT_API_ROOT.toString()),
                httpUrl(USERINFO_URI, GoogleEndpoints.DEFAULT_USERINFO_URI.toString()));
        Optional<String> secretKey = optional(SECRET_KEY);
        return new AppConfig(host, port, baseUrl, dataDir, dbUrl, dbAccess, client, endpoints, secretKey, demoMode(host, client),
                accessLog(), optional(SIGN_IN_STARTS).isPresent() ? number(SIGN_IN_STARTS, "", 1, 1_000_000)
                        : AppConfig.DEFAULT_SIGN_IN_STARTS, java.time.Duration.ofSeconds(number(OUTBOX_LEASE,
                        String.valueOf(touchbase.booking.OutboxWorker.LEASE.toSeconds()), 5, 3600)));
    }

    /**
     * Demo mode is a setting, never a guess: {@code TOUCHBASE_DEMO} decides; unset, it defaults to
     * true only with no Google credentials on a loopback address. Demo mode with credentials, a
     * non-demo start without them, and no credentials on a public address with no
     * {@code TOUCHBASE_DEMO=true} all stop start-up with a line saying what to set.
     */
    private boolean demoMode(String host, Optional<AppConfig.GoogleClient> client) {
        Optional<Boolean> demo = bool(DEMO);
        if (demo.isEmpty()) {
            if (client.isPresent() || Hosts.isLoopback(host)) {
                return client.isEmpty();
            }
            throw new ConfigException("No Google credentials: set " + CLIENT_ID + " and " + CLIENT_SECRET + ", or "
                    + DEMO + "=true to run the demo on " + host);
        }
        if (demo.get() && client.isPresent()) {
            throw new ConfigException(DEMO + "=true cannot be used with " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " set: unset " + DEMO + " to use Google, or unset the credentials to run the demo");
        }
        if (!demo.get() && client.isEmpty()) {
            throw new ConfigException(DEMO + "=false needs " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " (nothing to sign in with otherwise): set them, or set " + DEMO + "=true to run the demo");
        }
        return demo.get();
    }

    /** {@code TOUCHBASE_ACCESS_LOG}: {@code on} (the default) or {@code off}. */
    private boolean accessLog() {
        String raw = text(ACCESS_LOG, "on");
        if (raw.equalsIgnoreCase("on") || raw.equalsIgnoreCase("off")) {
            return raw.equalsIgnoreCase("on");
        }
        throw new ConfigException(ACCESS_LOG + " must be \"on\" or \"off\", got \"" + raw + "\"");
    }

    private Optional<Boolean> bool(String name) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty() || raw.get().equalsIgnoreCase("true") || raw.get().equalsIgnoreCase("false")) {
            return raw.map(Boolean::parseBoolean);
        }
        throw new ConfigException(name + " must be \"true\" or \"false\", got \"" + raw.get() + "\"");
    }

    private int port() {
        return number(PORT, "7070", 1, 65535);
    }

    private int number(String name, String fallback, int min, int max) {
        String raw = text(name, fallback);
        try {
            int number = Integer.parseInt(raw);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the value we got
        }
        throw new ConfigException(name + " must be a number from " + min + " to " + max + ", got \"" + raw + "\"");
    }

    private URI httpUrl(String name, String fallback) {
        String raw = text(name, fallback);
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below with the value we got
        }
        throw new ConfigException(name + " must be an http:// or https:// URL such as \"" + fallback
                + "\", got \"" + raw + "\"");
    }

    private Path path(String name, String fallback) {
        String raw = text(name, fallback);
        try {
            return Path.of(raw);
        } catch (InvalidPathException invalid) {
            throw new ConfigException(name + " must be a folder path such as \"./data\", got \"" + raw + "\"");
        }
    }

    private String dbUrl(Path dataDir) {
        String raw = text(DB_URL, "jdbc:sqlite:" + dataDir.resolve("touchbase.db"));
        if (raw.startsWith("jdbc:sqlite:") || raw.startsWith("jdbc:postgresql:")) {
            return raw;
        }
        throw new ConfigException(DB_URL + " must start with \"jdbc:sqlite:\" or \"jdbc:postgresql:\", got \""
                + raw + "\"");
    }

    private Optional<AppConfig.GoogleClient> googleClient() {
        Optional<String> id = optional(CLIENT_ID);
        Optional<String> secret = optional(CLIENT_SECRET);
        if (id.isPresent() && secret.isEmpty()) {
            throw new ConfigException(CLIENT_SECRET + " must be set when " + CLIENT_ID
                    + " is set (both come from the same OAuth client in Google Cloud)");
        }
        if (id.isEmpty() && secret.isPresent()) {
            throw new ConfigException(CLIENT_ID + " must be set when " + CLIENT_SECRET
                    + " is set (both come from the same OAuth client in Google Cloud)");
        }
        return id.map(clientId -> new AppConfig.GoogleClient(clientId, secret.orElseThrow()));
    }

    private String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    private Optional<String> optional(String name) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.trim());
    }
}
