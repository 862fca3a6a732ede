/**
 * The feed's tables: feed tokens (hashed for lookup, encrypted to show again), the names setting and the
 * per-series revisions that make SEQUENCE.
 */
package touchbase.storage.feed;
