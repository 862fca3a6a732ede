package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite database holds every account's data: its folder and files are readable by their owner only. */
class DatabaseFilePermissionsTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void onPosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void createsTheDataFolderForItsOwnerOnly() throws IOException {
        Path folder = dataDir.resolve("data");

        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("touchbase.db"))) {
            assertThat(database.isHealthy()).isTrue();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void createsTheDatabaseAndItsWriteAheadLogForItsOwnerOnly() throws IOException {
        Path file = dataDir.resolve("data/touchbase.db");

        try (Database database = Database.open("jdbc:sqlite:" + file)) {
            database.jdbi().useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
            }
        }
    }
}
