package touchbase.storage;

/** {@link AccountSettingsContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresAccountSettingsTest extends AccountSettingsContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
