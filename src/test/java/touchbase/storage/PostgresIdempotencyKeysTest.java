package touchbase.storage;

/** {@link IdempotencyKeysContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresIdempotencyKeysTest extends IdempotencyKeysContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
