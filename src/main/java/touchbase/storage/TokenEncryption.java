package touchbase.storage;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that encrypts Google tokens at rest (Tink AEAD, AES-256-GCM).
 *
 * <p>Either {@code TOUCHBASE_SECRET_KEY} gives it (32 random bytes in base64, e.g. the output of
 * {@code openssl rand -base64 32}, or the JSON of a Tink keyset such as the contents of
 * {@code secret.key}), or it is read from {@code ${TOUCHBASE_DATA_DIR}/secret.key}, a Tink JSON keyset
 * created on first start and readable by its owner only ({@code rw-------}).
 */
public final class TokenEncryption {

    public static final String KEY_FILE = "secret.key";
    private static final int RAW_KEY_BYTES = 32;

    private TokenEncryption() {
    }

    /** The AEAD from the configured key, else from the key file (created when missing). */
    public static Aead aead(Path dataDir, Optional<String> configuredKey) {
        try {
            AeadConfig.register();
            KeysetHandle keys = configuredKey.isPresent() ? fromConfiguredKey(configuredKey.get()) : fromFile(dataDir);
            return keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new StorageException("the token encryption key cannot be used: " + e.getMessage(), e);
        }
    }

    private static KeysetHandle fromConfiguredKey(String value) throws GeneralSecurityException {
        String trimmed = value.trim();
        if (trimmed.startsWith("{")) {
            return TinkJsonProtoKeysetFormat.parseKeyset(trimmed, InsecureSecretKeyAccess.get());
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            raw = new byte[0];
        }
        if (raw.length != RAW_KEY_BYTES) {
            throw new StorageException("TOUCHBASE_SECRET_KEY must be " + RAW_KEY_BYTES + " random bytes in base64 "
                    + "(e.g. the output of \"openssl rand -base64 32\") or a Tink JSON keyset; got something else");
        }
        AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(RAW_KEY_BYTES).setIvSizeBytes(12)
                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        AesGcmKey key = AesGcmKey.builder().setParameters(parameters)
                .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get())).build();
        return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()).build();
    }

    private static KeysetHandle fromFile(Path dataDir) throws GeneralSecurityException {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            KeysetHandle keys = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(keys, InsecureSecretKeyAccess.get()));
            return keys;
        } catch (IOException e) {
            throw new StorageException("cannot read or create the key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file with owner-only permissions from the start, so it is never readable by others. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
