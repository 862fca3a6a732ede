package touchbase.storage.feed;

import touchbase.storage.StorageException;
import touchbase.storage.Timestamps;

import touchbase.domain.Sha256;
import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.feed.FeedTokens;

/**
 * Feed tokens in {@code feed_tokens}: found by the SHA-256 hash of the token (the primary key), and
 * kept encrypted with the AEAD that seals the Google tokens (associated data: the account id), so the
 * page can show the feed URL again while a copy of the database alone reveals no working URL. The
 * stored hash is compared with the asked one in constant time. Rotating replaces the live row (its hash
 * with it) and revoking deletes it, so the old URL is unknown at once.
 */
public final class JdbiFeedTokens implements FeedTokens {

    private final Jdbi jdbi;
    private final Aead aead;
    private final Clock clock;

    public JdbiFeedTokens(Jdbi jdbi, Aead aead, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.aead = Objects.requireNonNull(aead, "aead must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<Owner> ownerOf(String token) {
        String hash = Sha256.hex(token);
        return jdbi.withHandle(h -> h.createQuery("SELECT token_hash, account_id, purpose FROM feed_tokens "
                        + "WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash)
                .map((row, ctx) -> MessageDigest.isEqual(bytes(row.getString("token_hash")), bytes(hash))
                        ? new Owner(row.getString("account_id"), purpose(row.getString("purpose")))
                        : null)
                .findOne());
    }

    @Override
    public Optional<String> current(String accountId, Purpose purpose) {
        return jdbi.withHandle(h -> h.createQuery("SELECT token_ciphertext FROM feed_tokens "
                        + "WHERE account_id = :account AND purpose = :purpose AND revoked_at IS NULL")
                .bind("account", accountId)
                .bind("purpose", name(purpose))
                .mapTo(String.class)
                .findOne())
                .flatMap(ciphertext -> decrypt(ciphertext, accountId));
    }

    /**
     * One statement, so that two instances replacing at once leave exactly one live token (the later
     * one): an insert that meets the account's live row for the purpose takes that row over.
     */
    @Override
    public void replace(String accountId, Purpose purpose, String token) {
        String ciphertext = encrypt(token, accountId);
        jdbi.useHandle(h -> insert(h, accountId, purpose, token, ciphertext, " ON CONFLICT (account_id, purpose) "
                + "WHERE revoked_at IS NULL DO UPDATE SET token_hash = excluded.token_hash, "
                + "token_ciphertext = excluded.token_ciphertext, created_at = excluded.created_at"));
    }

    /** Inserts unless a live token exists (one statement: of two instances adding at once, one wins). */
    @Override
    public String currentOrAdd(String accountId, Purpose purpose, String token) {
        String ciphertext = encrypt(token, accountId);
        jdbi.useHandle(h -> insert(h, accountId, purpose, token, ciphertext, " ON CONFLICT DO NOTHING"));
        return current(accountId, purpose).orElseThrow(() -> new StorageException(
                "the feed token of account " + accountId + " was not stored; is the account there?"));
    }

    @Override
    public void revoke(String accountId, Purpose purpose) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM feed_tokens WHERE account_id = :account AND purpose = :purpose")
                .bind("account", accountId).bind("purpose", name(purpose)).execute());
    }

    private void insert(org.jdbi.v3.core.Handle h, String accountId, Purpose purpose, String token, String ciphertext,
            String onConflict) {
        h.createUpdate("INSERT INTO feed_tokens (token_hash, account_id, created_at, token_ciphertext, purpose) "
                        + "VALUES (:hash, :account, :now, :ciphertext, :purpose)" + onConflict)
                .bind("hash", Sha256.hex(token))
                .bind("account", accountId)
                .bind("now", Timestamps.text(clock.instant()))
                .bind("ciphertext", ciphertext)
                .bind("purpose", name(purpose))
                .execute();
    }

    private String encrypt(String token, String accountId) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(bytes(token), bytes(accountId)));
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot encrypt the feed token of account " + accountId, e);
        }
    }

    /** A token that no longer decrypts (the key was replaced) counts as absent: a new one is issued. */
    private Optional<String> decrypt(String ciphertext, String accountId) {
        try {
            return Optional.of(new String(aead.decrypt(Base64.getDecoder().decode(ciphertext), bytes(accountId)),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String name(Purpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT);
    }

    private static Purpose purpose(String name) {
        return Purpose.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
