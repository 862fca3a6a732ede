package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link GroupsContract} on a SQLite file. */
class SqliteGroupsTest extends GroupsContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
