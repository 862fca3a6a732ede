package touchbase.feed;

import java.util.Optional;

/**
 * Port: the secret tokens in feed URLs, one live token per account and {@link Purpose}. A store keeps
 * only what it needs to find the account from a token without keeping the token readable: the
 * storage adapter looks tokens up by their SHA-256 hash and keeps the token itself encrypted, so
 * the page can show the URL again but a copy of the database alone does not reveal it.
 */
public interface FeedTokens {

    /** What a token is for: the account's own feed, or a second one to share. */
    enum Purpose { OWN, SHARE }

    /** The live token's account and purpose; empty for an unknown or rotated token. */
    Optional<Owner> ownerOf(String token);

    /** The account's live token for {@code purpose}. */
    Optional<String> current(String accountId, Purpose purpose);

    /** Makes {@code token} the live one for the account and purpose; the previous one stops working at once. */
    void replace(String accountId, Purpose purpose, String token);

    /**
     * The account's live token for {@code purpose}, or {@code token} made the live one when there is none;
     * of several callers at once (on any instance) all get the same token. This default is for a single
     * caller; stores shared by instances make it one atomic step.
     */
    default String currentOrAdd(String accountId, Purpose purpose, String token) {
        return current(accountId, purpose).orElseGet(() -> {
            replace(accountId, purpose, token);
            return token;
        });
    }

    /** Ends the account's token for {@code purpose} (if any): its URL answers 404 from now on. */
    void revoke(String accountId, Purpose purpose);

    /** Who a token belongs to. */
    record Owner(String accountId, Purpose purpose) {
    }
}
