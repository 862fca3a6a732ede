package touchbase.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.account.PendingSignIn;
import touchbase.account.WebSession;
import touchbase.account.WebSessions;
import touchbase.domain.Sha256;

/**
 * Browser sessions ({@code web_sessions}) and their pending sign-ins ({@code sign_in_attempts}).
 * Only SHA-256 hashes of session ids and states are stored.
 */
public final class JdbiWebSessions implements WebSessions {

    private final Jdbi jdbi;

    public JdbiWebSessions(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public void save(WebSession session) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_sessions (id_hash, account_id, csrf_token, created_at, "
                        + "last_seen_at, expires_at) VALUES (:hash, :account, :csrf, :created, :seen, :expires)")
                .bind("hash", Sha256.hex(session.id()))
                .bind("account", session.accountId().orElse(null))
                .bind("csrf", session.csrfToken())
                .bind("created", Timestamps.text(session.createdAt()))
                .bind("seen", Timestamps.text(session.lastSeenAt()))
                .bind("expires", Timestamps.text(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<WebSession> find(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, csrf_token, created_at, last_seen_at, expires_at "
                        + "FROM web_sessions WHERE id_hash = :hash")
                .bind("hash", Sha256.hex(sessionId))
                .map((row, ctx) -> new WebSession(sessionId, Optional.ofNullable(row.getString("account_id")),
                        row.getString("csrf_token"), Timestamps.instant(row.getString("created_at")),
                        Timestamps.instant(row.getString("last_seen_at")),
                        Timestamps.instant(row.getString("expires_at"))))
                .findOne());
    }

    @Override
    public void touch(String sessionId, Instant lastSeenAt) {
        String seen = Timestamps.text(lastSeenAt);
        jdbi.useHandle(h -> h.createUpdate("UPDATE web_sessions SET last_seen_at = :seen "
                        + "WHERE id_hash = :hash AND last_seen_at < :seen")
                .bind("seen", seen)
                .bind("hash", Sha256.hex(sessionId))
                .execute());
    }

    @Override
    public void delete(String sessionId) {
        String hash = Sha256.hex(sessionId);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_attempts WHERE session_id_hash = :hash").bind("hash", hash).execute();
            h.createUpdate("DELETE FROM web_sessions WHERE id_hash = :hash").bind("hash", hash).execute();
        });
    }

    @Override
    public void deleteAllOf(String accountId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_attempts WHERE session_id_hash IN "
                    + "(SELECT id_hash FROM web_sessions WHERE account_id = :account)").bind("account", accountId).execute();
            h.createUpdate("DELETE FROM web_sessions WHERE account_id = :account").bind("account", accountId).execute();
        });
    }

    /** Past the absolute expiry, or last seen {@link WebSession#IDLE_TIMEOUT} or longer ago. */
    @Override
    public void deleteExpired(Instant now) {
        String over = "expires_at <= :now OR last_seen_at <= :idleSince";
        String cutoff = Timestamps.text(now);
        String idleSince = Timestamps.text(now.minus(WebSession.IDLE_TIMEOUT));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_attempts WHERE session_id_hash IN "
                    + "(SELECT id_hash FROM web_sessions WHERE " + over + ")")
                    .bind("now", cutoff).bind("idleSince", idleSince).execute();
            h.createUpdate("DELETE FROM web_sessions WHERE " + over)
                    .bind("now", cutoff).bind("idleSince", idleSince).execute();
            h.createUpdate("DELETE FROM sign_in_attempts WHERE expires_at <= :now").bind("now", cutoff).execute();
        });
    }

    @Override
    public void addPendingSignIn(String sessionId, PendingSignIn pending) {
        String session = Sha256.hex(sessionId);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_attempts WHERE session_id_hash = :session AND state_hash NOT IN "
                            + "(SELECT state_hash FROM sign_in_attempts WHERE session_id_hash = :session "
                            + "ORDER BY expires_at DESC, state_hash LIMIT :keep)")
                    .bind("session", session)
                    .bind("keep", PendingSignIn.MAX_PER_BROWSER - 1)
                    .execute();
            h.createUpdate("INSERT INTO sign_in_attempts (state_hash, session_id_hash, code_verifier, expires_at, "
                            + "asked_consent) VALUES (:state, :session, :verifier, :expires, :consent)")
                    .bind("state", Sha256.hex(pending.state()))
                    .bind("session", session)
                    .bind("verifier", pending.codeVerifier())
                    .bind("expires", Timestamps.text(pending.expiresAt()))
                    .bind("consent", pending.askedConsent())
                    .execute();
        });
    }

    @Override
    public Optional<PendingSignIn> takePendingSignIn(String sessionId, String state) {
        String stateHash = Sha256.hex(state);
        return jdbi.inTransaction(h -> {
            Optional<PendingSignIn> found = h.createQuery("SELECT code_verifier, expires_at, asked_consent "
                            + "FROM sign_in_attempts "
                            + "WHERE state_hash = :state AND session_id_hash = :session")
                    .bind("state", stateHash)
                    .bind("session", Sha256.hex(sessionId))
                    .map((row, ctx) -> new PendingSignIn(state, row.getString("code_verifier"),
                            Timestamps.instant(row.getString("expires_at")), row.getBoolean("asked_consent")))
                    .findOne();
            int deleted = found.isEmpty() ? 0 : h.createUpdate("DELETE FROM sign_in_attempts WHERE state_hash = :state")
                    .bind("state", stateHash).execute();
            return deleted == 1 ? found : Optional.<PendingSignIn>empty();
        });
    }
}
