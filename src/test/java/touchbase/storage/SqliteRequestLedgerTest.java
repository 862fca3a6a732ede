package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link RequestLedgerContract} on a SQLite file. */
class SqliteRequestLedgerTest extends RequestLedgerContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
