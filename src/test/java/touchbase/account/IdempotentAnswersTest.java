package touchbase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first answer under a key is given again for the same request, and the key refused for another. */
class IdempotentAnswersTest {

    private static final String REQUEST = "POST /api/colleagues\n{\"email\":\"ana@example.com\"}";
    private static final IdempotentAnswers.Answer CREATED = new IdempotentAnswers.Answer(201, "{\"id\":\"c-1\"}");

    private final Map<String, IdempotencyKeys.StoredAnswer> stored = new HashMap<>();
    private final IdempotentAnswers answers = new IdempotentAnswers(new IdempotencyKeys() {
        @Override
        public Optional<StoredAnswer> find(String accountId, String key) {
            return Optional.ofNullable(stored.get(accountId + "/" + key));
        }

        @Override
        public void save(String accountId, String key, StoredAnswer answer) {
            stored.putIfAbsent(accountId + "/" + key, answer);
        }
    });

    @Test
    void givesTheFirstAnswerAgainForTheSameRequest() {
        assertThat(answers.earlier("acc-1", "k-1", REQUEST)).isEmpty();

        answers.remember("acc-1", "k-1", REQUEST, CREATED);

        assertThat(answers.earlier("acc-1", "k-1", REQUEST)).contains(CREATED);
    }

    @Test
    void refusesTheKeyForAnotherRequest() {
        answers.remember("acc-1", "k-1", REQUEST, CREATED);

        assertThatThrownBy(() -> answers.earlier("acc-1", "k-1", REQUEST + " "))
                .isInstanceOf(IdempotentAnswers.KeyReused.class).hasMessageContaining("Idempotency-Key");
    }

    @Test
    void keysBelongToOneAccount() {
        answers.remember("acc-1", "k-1", REQUEST, CREATED);

        assertThat(answers.earlier("acc-2", "k-1", REQUEST)).isEmpty();
    }

    @Test
    void storesOnlyAHashOfTheRequest() {
        answers.remember("acc-1", "k-1", REQUEST, CREATED);

        assertThat(stored.get("acc-1/k-1").requestHash()).doesNotContain("ana@example.com").hasSize(64);
    }
}
