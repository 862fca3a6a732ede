package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.upkeep.SyncTokens;

/** {@link SyncTokens} on any database: one token per account and calendar. */
abstract class SyncTokensContract extends StorageContract {

    private SyncTokens tokens;

    @Override
    void createAdapters() {
        tokens = new JdbiSyncTokens(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAccounts() {
        givenAccount("acc-1");
        givenAccount("acc-2");
    }

    @Test
    void findsNoTokenForACalendarNeverSynced() {
        assertThat(tokens.find("acc-1", "primary")).isEmpty();
    }

    @Test
    void findsTheSavedToken() {
        tokens.save("acc-1", "primary", "token-1");

        assertThat(tokens.find("acc-1", "primary")).contains("token-1");
    }

    @Test
    void savingAgainReplacesTheToken() {
        tokens.save("acc-1", "primary", "token-1");

        tokens.save("acc-1", "primary", "token-2");

        assertThat(tokens.find("acc-1", "primary")).contains("token-2");
    }

    @Test
    void clearingForgetsTheToken() {
        tokens.save("acc-1", "primary", "token-1");

        tokens.clear("acc-1", "primary");

        assertThat(tokens.find("acc-1", "primary")).isEmpty();
    }

    @Test
    void keepsOneTokenPerAccountAndCalendar() {
        tokens.save("acc-1", "primary", "a1-primary");
        tokens.save("acc-1", "team@example.com", "a1-team");
        tokens.save("acc-2", "primary", "a2-primary");

        tokens.clear("acc-1", "primary");

        assertThat(tokens.find("acc-1", "primary")).isEmpty();
        assertThat(tokens.find("acc-1", "team@example.com")).contains("a1-team");
        assertThat(tokens.find("acc-2", "primary")).contains("a2-primary");
    }

    @Test
    void tokensSurviveReopeningTheDatabase() {
        tokens.save("acc-1", "primary", "token-1");

        reopen();

        assertThat(tokens.find("acc-1", "primary")).contains("token-1");
    }
}
