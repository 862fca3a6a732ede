package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.account.PendingSignIn;
import touchbase.account.WebSession;

/** {@link JdbiWebSessions} on any database: sessions stored as hashes, pending sign-ins taken once. */
abstract class WebSessionsContract extends StorageContract {

    private JdbiWebSessions sessions;

    @Override
    void createAdapters() {
        sessions = new JdbiWebSessions(database().jdbi());
    }

    private WebSession session(String id, Instant expiresAt) {
        WebSession session = new WebSession(id, Optional.empty(), "csrf-" + id, expiresAt);
        sessions.save(session);
        return session;
    }

    @Test
    void aSavedSessionIsFoundByItsIdWhichIsStoredOnlyAsAHash() {
        WebSession saved = session("session-id-value", NOW.plusSeconds(3600));

        assertThat(sessions.find("session-id-value")).contains(saved);
        String stored = database().jdbi().withHandle(h -> h.createQuery("SELECT id_hash FROM web_sessions")
                .mapTo(String.class).one());
        assertThat(stored).isNotEqualTo("session-id-value").hasSize(64);
    }

    @Test
    void aPendingSignInIsTakenOnceAndOnlyByItsSession() {
        session("mine", NOW.plusSeconds(3600));
        session("theirs", NOW.plusSeconds(3600));
        PendingSignIn pending = new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600));
        sessions.addPendingSignIn("mine", pending);

        assertThat(sessions.takePendingSignIn("theirs", "state-1")).isEmpty();
        assertThat(sessions.takePendingSignIn("mine", "state-1")).contains(pending);
        assertThat(sessions.takePendingSignIn("mine", "state-1")).isEmpty();
    }

    @Test
    void deletingASessionDropsItsPendingSignIns() {
        session("mine", NOW.plusSeconds(3600));
        sessions.addPendingSignIn("mine", new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600)));

        sessions.delete("mine");

        assertThat(sessions.find("mine")).isEmpty();
        assertThat(sessions.takePendingSignIn("mine", "state-1")).isEmpty();
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() {
        session("old", NOW.minusSeconds(1));
        session("live", NOW.plusSeconds(1));
        sessions.addPendingSignIn("old", new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600)));

        sessions.deleteExpired(NOW);

        assertThat(sessions.find("old")).isEmpty();
        assertThat(sessions.find("live")).isPresent();
    }
}
