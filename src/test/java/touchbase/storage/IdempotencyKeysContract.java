package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.account.IdempotencyKeys;
import touchbase.account.IdempotencyKeys.StoredAnswer;

/** {@link IdempotencyKeys} on any database: the first answer stored for a key is the one kept. */
abstract class IdempotencyKeysContract extends StorageContract {

    private static final StoredAnswer CREATED = new StoredAnswer("sha256:aaa", 201, "{\"id\":\"s-1\"}");
    private static final StoredAnswer CONFLICT = new StoredAnswer("sha256:bbb", 409, "{\"error\":\"taken\"}");

    private IdempotencyKeys keys;

    @Override
    void createAdapters() {
        keys = new JdbiIdempotencyKeys(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAccounts() {
        givenAccount("acc-1");
        givenAccount("acc-2");
    }

    @Test
    void findsNoAnswerForANewKey() {
        assertThat(keys.find("acc-1", "key-1")).isEmpty();
    }

    @Test
    void findsTheStoredAnswerWithHashStatusAndBody() {
        keys.save("acc-1", "key-1", CREATED);

        assertThat(keys.find("acc-1", "key-1")).contains(CREATED);
    }

    @Test
    void keepsTheFirstAnswerWhenASecondIsSavedForTheSameKey() {
        keys.save("acc-1", "key-1", CREATED);

        keys.save("acc-1", "key-1", CONFLICT);

        assertThat(keys.find("acc-1", "key-1")).contains(CREATED);
    }

    @Test
    void keysBelongToOneAccount() {
        keys.save("acc-1", "key-1", CREATED);
        keys.save("acc-2", "key-1", CONFLICT);

        assertThat(keys.find("acc-1", "key-1")).contains(CREATED);
        assertThat(keys.find("acc-2", "key-1")).contains(CONFLICT);
    }

    @Test
    void answersSurviveReopeningTheDatabase() {
        keys.save("acc-1", "key-1", CREATED);

        reopen();

        assertThat(keys.find("acc-1", "key-1")).contains(CREATED);
    }
}
