package touchbase.storage;

/** {@link TouchBasesContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresTouchBasesTest extends TouchBasesContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
