package touchbase.storage;

/** {@link GroupsContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresGroupsTest extends GroupsContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
