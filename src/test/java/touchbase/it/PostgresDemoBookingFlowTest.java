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
        PostgresTestServer.Login login = new PostgresTestServer.Schema().login();
        Map<String, String> env = new HashMap<>();
        env.put("TOUCHBASE_DB_URL", login.url());
        env.put("TOUCHBASE_DB_POOL_SIZE", "5");
        if (login.user() != null) {
            env.put("TOUCHBASE_DB_USER", login.user());
        }
        if (login.password() != null) {
            env.put("TOUCHBASE_DB_PASSWORD", login.password());
        }
        return env;
    }
}
