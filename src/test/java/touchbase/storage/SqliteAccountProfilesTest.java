package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link AccountProfilesContract} on a SQLite file. */
class SqliteAccountProfilesTest extends AccountProfilesContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
