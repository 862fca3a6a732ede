package touchbase.storage;

import java.nio.file.Path;

/** A migrated SQLite database in a file of the given folder, for the SQLite runs of the contracts. */
final class SqliteTestDatabase {

    private SqliteTestDatabase() {
    }

    static Database open(Path folder) {
        Database database = Database.open("jdbc:sqlite:" + folder.resolve("touchbase.db"));
        database.migrate();
        return database;
    }
}
