package touchbase.storage;

/** {@link WebSessionsContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresWebSessionsTest extends WebSessionsContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
