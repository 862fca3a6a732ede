package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link WebSessionsContract} on a SQLite file. */
class SqliteWebSessionsTest extends WebSessionsContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
