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

    /** Deletes the session and the sign-ins pending on it. */
    void delete(String sessionId);

    /** Deletes every session that expired before {@code now}, with their pending sign-ins. */
    void deleteExpired(Instant now);

    /** Binds a pending sign-in to an existing session. */
    void addPendingSignIn(String sessionId, PendingSignIn pending);

    /**
     * Removes and returns the sign-in pending on this session with this state, so a state can be
     * used once only; empty when there is none (unknown state, another browser's state, or used).
     */
    Optional<PendingSignIn> takePendingSignIn(String sessionId, String state);
}
