package touchbase.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Where browser sessions and their pending sign-ins are kept (port). Implementations store only a
 * hash of the session id, so a copy of the database does not let anyone take over a session.
 */
public interface WebSessions {

    void save(WebSession session);

    /** The session with this id, expired or not; the caller checks the expiry. */
    Optional<WebSession> find(String sessionId);

    /** Records that the session answered a request at {@code lastSeenAt} (never moves it back). */
    void touch(String sessionId, Instant lastSeenAt);

    /** Deletes the session and the sign-ins pending on it. */
    void delete(String sessionId);

    /** Deletes every session of the account (signed in on any browser), with their pending sign-ins. */
    void deleteAllOf(String accountId);

    /**
     * Deletes every session that is over at {@code now} (past its expiry, or idle for
     * {@link WebSession#IDLE_TIMEOUT}), with their pending sign-ins, and every pending sign-in past its
     * own expiry.
     */
    void deleteExpired(Instant now);

    /**
     * Binds a pending sign-in to an existing session, which keeps at most
     * {@link PendingSignIn#MAX_PER_BROWSER}: the oldest (the first to expire) are dropped.
     */
    void addPendingSignIn(String sessionId, PendingSignIn pending);

    /**
     * Removes and returns the sign-in pending on this session with this state, so a state can be
     * used once only; empty when there is none (unknown state, another browser's state, or used).
     */
    Optional<PendingSignIn> takePendingSignIn(String sessionId, String state);
}
