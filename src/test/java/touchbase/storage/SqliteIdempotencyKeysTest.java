package touchbase.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link IdempotencyKeysContract} on a SQLite file. */
class SqliteIdempotencyKeysTest extends IdempotencyKeysContract {

    @TempDir
    Path folder;

    @Override
    protected Database openDatabase() {
        return SqliteTestDatabase.open(folder);
    }
}
