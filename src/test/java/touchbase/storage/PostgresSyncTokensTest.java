package touchbase.storage;

/** {@link SyncTokensContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresSyncTokensTest extends SyncTokensContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
