package touchbase.storage;

/** {@link RequestLedgerContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresRequestLedgerTest extends RequestLedgerContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
