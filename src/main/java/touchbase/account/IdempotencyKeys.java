package touchbase.account;

import java.util.Optional;

/**
 * Port: answers already given to POST requests that carried an {@code Idempotency-Key}, so the
 * same request repeated (a retry after a timeout) gets the same answer and creates nothing twice.
 */
public interface IdempotencyKeys {

    /** A stored answer: the hash of the request it answered, its status and body. */
    record StoredAnswer(String requestHash, int status, String body) {
    }

    Optional<StoredAnswer> find(String accountId, String key);

    /** Stores the answer; if another request stored one for the key first, that one is kept. */
    void save(String accountId, String key, StoredAnswer answer);
}
