package touchbase.storage;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.account.IdempotencyKeys;

/** Stored answers in {@code idempotency_keys}; the first answer stored for a key is kept. */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiIdempotencyKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<StoredAnswer> find(String accountId, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT request_hash, response_status, response_body "
                        + "FROM idempotency_keys WHERE account_id = :account AND idempotency_key = :key")
                .bind("account", accountId)
                .bind("key", key)
                .map((row, ctx) -> new StoredAnswer(row.getString("request_hash"), row.getInt("response_status"),
                        row.getString("response_body")))
                .findOne());
    }

    @Override
    public void save(String accountId, String key, StoredAnswer answer) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO idempotency_keys (account_id, idempotency_key, request_hash, "
                        + "response_status, response_body, created_at) VALUES (:account, :key, :hash, :status, :body, "
                        + ":now) ON CONFLICT (account_id, idempotency_key) DO NOTHING")
                .bind("account", accountId)
                .bind("key", key)
                .bind("hash", answer.requestHash())
                .bind("status", answer.status())
                .bind("body", answer.body())
                .bind("now", Timestamps.text(clock.instant()))
                .execute());
    }
}
