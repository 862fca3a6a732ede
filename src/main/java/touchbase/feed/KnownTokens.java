package touchbase.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tokens found before, so a poll does not ask the database again: keyed by the first 64 bits of the
 * token's SHA-256 (the map never compares a guess with a secret), and the whole stored digest compared
 * in constant time.
 * Only found tokens are kept (unknown ones are rate-limited instead), and an account's are forgotten
 * when its token is replaced here. A token found more than {@link FeedCache#CHECK_SHARED_EVERY} ago is looked
 * up again, so a token replaced or revoked through another instance stops working here within about that long.
 */
final class KnownTokens {

    private static final int MAX = 100_000;

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(KnownTokens::sha256);

    private final Map<Long, Known> byDigest = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong forgets = new java.util.concurrent.atomic.AtomicLong();

    private record Known(byte[] digest, FeedTokens.Owner owner, java.time.Instant foundAt) {
    }

    /** The token's owner if it was found within {@link FeedCache#CHECK_SHARED_EVERY}; empty otherwise (no lookup). */
    Optional<FeedTokens.Owner> known(String token, java.time.Instant now) {
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
        Known known = byDigest.get(java.nio.ByteBuffer.wrap(digest).getLong());
        if (known != null && MessageDigest.isEqual(known.digest(), digest)
                && now.isBefore(known.foundAt().plus(FeedCache.CHECK_SHARED_EVERY))) {
            return Optional.of(known.owner());
        }
        return Optional.empty();
    }

    Optional<FeedTokens.Owner> ownerOf(String token, Function<String, Optional<FeedTokens.Owner>> lookUp,
            java.time.Instant now) {
        Optional<FeedTokens.Owner> recent = known(token, now);
        if (recent.isPresent()) {
            return recent;
        }
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
        Long key = java.nio.ByteBuffer.wrap(digest).getLong();
        long before = forgets.get();
        Optional<FeedTokens.Owner> found = lookUp.apply(token);
        if (found.isEmpty()) {
            byDigest.remove(key);
            return found;
        }
        if (byDigest.size() >= MAX) {
            byDigest.clear();
        }
        byDigest.put(key, new Known(digest, found.get(), now));
        if (forgets.get() != before) {
            byDigest.remove(key);
        }
        return found;
    }

    /** Forgets the account's tokens; a lookup that overlapped it does not keep what it found. */
    void forget(String accountId) {
        forgets.incrementAndGet();
        byDigest.values().removeIf(known -> known.owner().accountId().equals(accountId));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
