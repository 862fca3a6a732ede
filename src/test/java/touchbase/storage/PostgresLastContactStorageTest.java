package touchbase.storage;

/** {@link LastContactStorageContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresLastContactStorageTest extends LastContactStorageContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
