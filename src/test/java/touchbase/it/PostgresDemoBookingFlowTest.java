package touchbase.it;

import java.util.HashMap;
import java.util.Map;
import touchbase.storage.PostgresTestServer;

/**
 * {@link DemoBookingFlow} on PostgreSQL: the service configured as an operator would
 * ({@code TOUCHBASE_DB_URL}, {@code TOUCHBASE_DB_USER}, {@code TOUCHBASE_DB_PASSWORD},
 * {@code TOUCHBASE_DB_POOL_SIZE}), on the test server in a schema of its own.
 */
class PostgresDemoBookingFlowTest extends DemoBookingFlow {

    @Override
    Map<String, String> databaseEnvironment() {
        return environment(new PostgresTestServer.Schema().login(), 5);
    }

    /** The variables that point the service at {@code login}, with a pool of {@code poolSize}. */
    static Map<String, String> environment(PostgresTestServer.Login login, int poolSize) {
        Map<String, String> env = new HashMap<>();
        env.put("TOUCHBASE_DB_URL", login.url());
        env.put("TOUCHBASE_DB_POOL_SIZE", String.valueOf(poolSize));
        if (login.user() != null) {
            env.put("TOUCHBASE_DB_USER", login.user());
        }
        if (login.password() != null) {
            env.put("TOUCHBASE_DB_PASSWORD", login.password());
        }
        return env;
    }
}
