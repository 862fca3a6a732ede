package touchbase.account;

import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Sha256;
import touchbase.domain.TouchbaseException;

/**
 * Makes a creating request safe to repeat: the first answer given under an account's idempotency
 * key is kept, a repeat of the same request gets it again, and the key reused for another request
 * is refused. Requests are compared by a SHA-256 hash of their text, which is all that is stored.
 */
public final class IdempotentAnswers {

    /** An answer to give again: its HTTP status and body. */
    public record Answer(int status, String body) {
        public Answer {
            Objects.requireNonNull(body, "body must not be null");
        }
    }

    /** The key was already used for a different request. */
    public static final class KeyReused extends TouchbaseException {
        public KeyReused(String message) {
            super(message);
        }
    }

    private final IdempotencyKeys keys;

    public IdempotentAnswers(IdempotencyKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
    }

    /**
     * The answer already given to this request under this key, if any.
     *
     * @throws KeyReused when the key answered a different request
     */
    public Optional<Answer> earlier(String accountId, String key, String request) {
        Optional<IdempotencyKeys.StoredAnswer> stored = keys.find(accountId, key);
        if (stored.isPresent() && !stored.get().requestHash().equals(hash(request))) {
            throw new KeyReused("Idempotency-Key was already used for a different request; use a new key for a new request");
        }
        return stored.map(s -> new Answer(s.status(), s.body()));
    }

    /** Keeps the answer for later repeats; if another answer was kept for the key first, that one stays. */
    public void remember(String accountId, String key, String request, Answer answer) {
        keys.save(accountId, key, new IdempotencyKeys.StoredAnswer(hash(request), answer.status(), answer.body()));
    }

    private static String hash(String text) {
        return Sha256.hex(text);
    }
}
