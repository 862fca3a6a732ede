package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link FeedStorageContract} on a SQLite file. */
class SqliteFeedStorageTest extends FeedStorageContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
