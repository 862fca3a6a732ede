package touchbase.storage;

/** {@link AccountProfilesContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresAccountProfilesTest extends AccountProfilesContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
