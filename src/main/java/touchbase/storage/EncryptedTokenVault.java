package touchbase.storage;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import touchbase.account.TokenVault;
import touchbase.domain.GoogleTokens;

/**
 * Google tokens in {@code oauth_credentials}, encrypted with an AEAD before they reach the database:
 * the row holds base64 ciphertext whose associated data is the account id, so a ciphertext copied to
 * another account's row does not decrypt. Tokens that no longer decrypt (the key was replaced) count
 * as absent: the account has to reconnect.
 */
public final class EncryptedTokenVault implements TokenVault {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedTokenVault.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Jdbi jdbi;
    private final Aead aead;
    private final Clock clock;

    public EncryptedTokenVault(Jdbi jdbi, Aead aead, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.aead = Objects.requireNonNull(aead, "aead must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The plaintext inside the ciphertext. */
    record Sealed(String accessToken, String refreshToken, String expiresAt, List<String> scopes) {
    }

    @Override
    public void save(String accountId, GoogleTokens tokens) {
        Set<String> scopes = new TreeSet<>(tokens.grantedScopes());
        Sealed sealed = new Sealed(tokens.accessToken(), tokens.refreshToken().orElse(null),
                tokens.expiresAt().toString(), List.copyOf(scopes));
        String ciphertext = encrypt(JSON.writeValueAsBytes(sealed), accountId);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO oauth_credentials (account_id, ciphertext, scopes, updated_at) "
                        + "VALUES (:account, :ciphertext, :scopes, :now) ON CONFLICT (account_id) DO UPDATE SET "
                        + "ciphertext = excluded.ciphertext, scopes = excluded.scopes, updated_at = excluded.updated_at")
                .bind("account", accountId)
                .bind("ciphertext", ciphertext)
                .bind("scopes", String.join(" ", scopes))
                .bind("now", Timestamps.text(clock.instant()))
                .execute());
    }

    @Override
    public Optional<GoogleTokens> load(String accountId) {
        Optional<String> ciphertext = jdbi.withHandle(h -> h.createQuery(
                        "SELECT ciphertext FROM oauth_credentials WHERE account_id = :account")
                .bind("account", accountId).mapTo(String.class).findOne());
        return ciphertext.flatMap(text -> decrypt(text, accountId)).map(plain -> {
            Sealed sealed = JSON.readValue(plain, Sealed.class);
            return new GoogleTokens(sealed.accessToken(), Optional.ofNullable(sealed.refreshToken()),
                    Instant.parse(sealed.expiresAt()), Set.copyOf(sealed.scopes()));
        });
    }

    @Override
    public void delete(String accountId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM oauth_credentials WHERE account_id = :account")
                .bind("account", accountId).execute());
    }

    private String encrypt(byte[] plaintext, String accountId) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(plaintext, associatedData(accountId)));
        } catch (GeneralSecurityException e) {
            throw new StorageException("cannot encrypt the tokens of account " + accountId, e);
        }
    }

    private Optional<byte[]> decrypt(String ciphertext, String accountId) {
        try {
            return Optional.of(aead.decrypt(Base64.getDecoder().decode(ciphertext), associatedData(accountId)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("the stored Google tokens of account {} do not decrypt with the current key; "
                    + "the account has to reconnect", accountId);
            return Optional.empty();
        }
    }

    private static byte[] associatedData(String accountId) {
        return accountId.getBytes(StandardCharsets.UTF_8);
    }
}
