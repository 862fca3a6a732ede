package touchbase.storage;

/** {@link ColleaguesContract} on PostgreSQL (see {@link PostgresTestServer}), in a schema of its own. */
class PostgresColleaguesTest extends ColleaguesContract {

    private final PostgresTestServer.Schema schema = new PostgresTestServer.Schema();

    @Override
    protected Database openDatabase() {
        return schema.open();
    }
}
