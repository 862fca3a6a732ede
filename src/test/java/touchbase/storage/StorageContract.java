package touchbase.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage contract test shares: a migrated database of the subclass's kind, empty at
 * the start of each test, that a test can close and open again; a fixed clock; and rows the
 * adapters under test need to exist (accounts, colleagues) inserted with plain SQL.
 */
abstract class StorageContract {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Database database;

    /** Opens (and migrates) this test's database; called again to reopen it after {@link #reopen()} closed it. */
    protected abstract Database openDatabase();

    @BeforeEach
    final void openTheDatabase() {
        database = openDatabase();
        createAdapters();
    }

    @AfterEach
    final void closeTheDatabase() {
        database.close();
    }

    Database database() {
        return database;
    }

    /** Closes the database and opens it again, as a restart of the service would. */
    void reopen() {
        database.close();
        database = openDatabase();
        createAdapters();
    }

    /** Builds the adapters under test over {@link #database()}; called again after {@link #reopen()}. */
    abstract void createAdapters();

    void givenAccount(String accountId) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO accounts (id, email, time_zone, created_at, "
                        + "updated_at) VALUES (:id, :email, 'Europe/Berlin', :now, :now)")
                .bind("id", accountId)
                .bind("email", accountId + "@example.com")
                .bind("now", NOW.toString())
                .execute());
    }

    void givenColleague(String accountId, String colleagueId) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO colleagues (id, account_id, email, display_name, "
                        + "time_zone, cadence, created_at, updated_at) VALUES (:id, :account, :email, :id, "
                        + "'Europe/Berlin', 'FREQ=WEEKLY', :now, :now)")
                .bind("id", colleagueId)
                .bind("account", accountId)
                .bind("email", colleagueId + "@example.com")
                .bind("now", NOW.toString())
                .execute());
    }
}
