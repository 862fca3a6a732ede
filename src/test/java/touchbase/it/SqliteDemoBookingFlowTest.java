package touchbase.it;

import java.util.Map;

/** {@link DemoBookingFlow} on the default database: a SQLite file in the data folder. */
class SqliteDemoBookingFlowTest extends DemoBookingFlow {

    @Override
    Map<String, String> databaseEnvironment() {
        return Map.of();
    }
}
