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
                        + "expires_at) VALUES (:hash, :account, :csrf, :expires, :expires)")
                .bind("hash", Sha256.hex(session.id()))
                .bind("account", session.accountId().orElse(null))
                .bind("csrf", session.csrfToken())
                .bind("expires", Timestamps.text(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<WebSession> find(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, csrf_token, expires_at FROM web_sessions "
                        + "WHERE id_hash = :hash")
                .bind("hash", Sha256.hex(sessionId))
                .map((row, ctx) -> new WebSession(sessionId, Optional.ofNullable(row.getString("account_id")),
                        row.getString("csrf_token"), Timestamps.instant(row.getString("expires_at"))))
                .findOne());
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
    public void deleteExpired(Instant now) {
        String cutoff = Timestamps.text(now);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_attempts WHERE session_id_hash IN "
                    + "(SELECT id_hash FROM web_sessions WHERE expires_at < :now)").bind("now", cutoff).execute();
            h.createUpdate("DELETE FROM web_sessions WHERE expires_at < :now").bind("now", cutoff).execute();
        });
    }

    @Override
    public void addPendingSignIn(String sessionId, PendingSignIn pending) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sign_in_attempts (state_hash, session_id_hash, "
                        + "code_verifier, expires_at) VALUES (:state, :session, :verifier, :expires)")
                .bind("state", Sha256.hex(pending.state()))
                .bind("session", Sha256.hex(sessionId))
                .bind("verifier", pending.codeVerifier())
                .bind("expires", Timestamps.text(pending.expiresAt()))
                .execute());
    }

    @Override
    public Optional<PendingSignIn> takePendingSignIn(String sessionId, String state) {
        String stateHash = Sha256.hex(state);
        return jdbi.inTransaction(h -> {
            Optional<PendingSignIn> found = h.createQuery("SELECT code_verifier, expires_at FROM sign_in_attempts "
                            + "WHERE state_hash = :state AND session_id_hash = :session")
                    .bind("state", stateHash)
                    .bind("session", Sha256.hex(sessionId))
                    .map((row, ctx) -> new PendingSignIn(state, row.getString("code_verifier"),
                            Timestamps.instant(row.getString("expires_at"))))
                    .findOne();
            int deleted = found.isEmpty() ? 0 : h.createUpdate("DELETE FROM sign_in_attempts WHERE state_hash = :state")
                    .bind("state", stateHash).execute();
            return deleted == 1 ? found : Optional.<PendingSignIn>empty();
        });
    }
}
