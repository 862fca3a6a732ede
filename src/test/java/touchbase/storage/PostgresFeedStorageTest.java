package touchbase.storage;

/** {@link FeedStorageContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresFeedStorageTest extends FeedStorageContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
