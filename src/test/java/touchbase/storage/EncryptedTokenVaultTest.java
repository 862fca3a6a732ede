package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;
import touchbase.domain.GoogleTokens;

class EncryptedTokenVaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final GoogleTokens TOKENS = new GoogleTokens("ya29.access-token-value",
            Optional.of("1//refresh-token-value"), Instant.parse("2026-12-01T10:00:00Z"),
            Set.of("openid", "https://www.googleapis.com/auth/calendar.events"));

    @TempDir
    Path dataDir;

    private Database database;

    private Database database() {
        if (database == null) {
            database = Database.open("jdbc:sqlite:" + dataDir.resolve("touchbase.db"));
            database.migrate();
        }
        return database;
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private EncryptedTokenVault vault(Aead aead) {
        return new EncryptedTokenVault(database().jdbi(), aead, CLOCK);
    }

    private void account(String id) {
        new JdbiAccountProfiles(database().jdbi(), CLOCK).save(new AccountProfile(id, Optional.of("sub-" + id),
                id + "@example.com", Optional.empty(), ZoneId.of("Europe/Berlin"), ConnectionStatus.CONNECTED));
    }

    @Test
    void storedTokensComeBackAsTheyWere() {
        account("a1");
        EncryptedTokenVault vault = vault(TokenEncryption.aead(dataDir, Optional.empty()));

        vault.save("a1", TOKENS);

        assertThat(vault.load("a1")).contains(TOKENS);
    }

    @Test
    void tokensAreUnreadableInTheDatabaseFiles() throws IOException {
        account("a1");
        vault(TokenEncryption.aead(dataDir, Optional.empty())).save("a1", TOKENS);

        String everyByte = databaseFileBytes();

        assertThat(everyByte).contains("calendar.events").doesNotContain("ya29.access-token-value")
                .doesNotContain("1//refresh-token-value");
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyAndReusedAfterARestart() throws IOException {
        account("a1");
        vault(TokenEncryption.aead(dataDir, Optional.empty())).save("a1", TOKENS);

        Path keyFile = dataDir.resolve(TokenEncryption.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(vault(TokenEncryption.aead(dataDir, Optional.empty())).load("a1")).contains(TOKENS);
    }

    @Test
    void aCiphertextCopiedToAnotherAccountDoesNotDecrypt() {
        account("a1");
        account("a2");
        EncryptedTokenVault vault = vault(TokenEncryption.aead(dataDir, Optional.empty()));
        vault.save("a1", TOKENS);
        vault.save("a2", new GoogleTokens("other", Optional.empty(), Instant.EPOCH, Set.of()));

        database().jdbi().useHandle(h -> h.execute("UPDATE oauth_credentials SET ciphertext = "
                + "(SELECT ciphertext FROM oauth_credentials WHERE account_id = 'a1') WHERE account_id = 'a2'"));

        assertThat(vault.load("a2")).isEmpty();
    }

    @Test
    void aRawKeyFromTheEnvironmentEncryptsWithoutAKeyFile() {
        account("a1");
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        vault(TokenEncryption.aead(dataDir, Optional.of(key))).save("a1", TOKENS);

        assertThat(vault(TokenEncryption.aead(dataDir, Optional.of(key))).load("a1")).contains(TOKENS);
        assertThat(dataDir.resolve(TokenEncryption.KEY_FILE)).doesNotExist();
    }

    @Test
    void tokensSavedUnderAnotherKeyCountAsAbsent() {
        account("a1");
        vault(TokenEncryption.aead(dataDir, Optional.empty())).save("a1", TOKENS);
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(vault(TokenEncryption.aead(dataDir, Optional.of(otherKey))).load("a1")).isEmpty();
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithAHint() {
        assertThatThrownBy(() -> TokenEncryption.aead(dataDir, Optional.of("c2hvcnQ=")))
                .hasMessageContaining("TOUCHBASE_SECRET_KEY must be 32 random bytes in base64");
    }

    @Test
    void deletingForgetsTheTokens() {
        account("a1");
        EncryptedTokenVault vault = vault(TokenEncryption.aead(dataDir, Optional.empty()));
        vault.save("a1", TOKENS);

        vault.delete("a1");

        assertThat(vault.load("a1")).isEmpty();
    }

    private String databaseFileBytes() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("touchbase.db")).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
