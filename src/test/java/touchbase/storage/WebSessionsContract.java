package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.account.PendingSignIn;
import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;

/** {@link JdbiWebSessions} on any database: sessions stored as hashes, pending sign-ins taken once. */
abstract class WebSessionsContract extends StorageContract {

    private JdbiWebSessions sessions;

    @Override
    void createAdapters() {
        sessions = new JdbiWebSessions(database().jdbi());
    }

    private WebSession session(String id, Instant expiresAt) {
        WebSession session = new WebSession(id, Optional.empty(), "csrf-" + id, NOW, NOW, expiresAt);
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
        PendingSignIn pending = new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600), false);
        sessions.addPendingSignIn("mine", pending);

        assertThat(sessions.takePendingSignIn("theirs", "state-1")).isEmpty();
        assertThat(sessions.takePendingSignIn("mine", "state-1")).contains(pending);
        assertThat(sessions.takePendingSignIn("mine", "state-1")).isEmpty();
    }

    @Test
    void deletingASessionDropsItsPendingSignIns() {
        session("mine", NOW.plusSeconds(3600));
        sessions.addPendingSignIn("mine", new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600), false));

        sessions.delete("mine");

        assertThat(sessions.find("mine")).isEmpty();
        assertThat(sessions.takePendingSignIn("mine", "state-1")).isEmpty();
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() {
        session("old", NOW.minusSeconds(1));
        session("live", NOW.plusSeconds(1));
        sessions.addPendingSignIn("old", new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600), false));

        sessions.deleteExpired(NOW);

        assertThat(sessions.find("old")).isEmpty();
        assertThat(sessions.find("live")).isPresent();
    }

    @Test
    void theRealCreationTimeAndTheLastSeenTimeAreStored() {
        WebSession started = WebSession.start("s", Optional.empty(), "csrf", NOW, Duration.ofHours(12));
        sessions.save(started);

        sessions.touch("s", NOW.plusSeconds(120));

        WebSession found = sessions.find("s").orElseThrow();
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.lastSeenAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(found.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        String createdAt = database().jdbi().withHandle(h -> h.createQuery("SELECT created_at FROM web_sessions")
                .mapTo(String.class).one());
        assertThat(createdAt).isEqualTo("2026-03-02T08:00:00Z");
    }

    @Test
    void theLastSeenTimeNeverMovesBack() {
        session("s", NOW.plusSeconds(3600));
        sessions.touch("s", NOW.plusSeconds(300));

        sessions.touch("s", NOW.plusSeconds(60));

        assertThat(sessions.find("s").orElseThrow().lastSeenAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void sessionsIdleForThirtyMinutesAreDeletedWithTheExpiredOnes() {
        session("idle", NOW.plus(Duration.ofHours(12)));
        session("busy", NOW.plus(Duration.ofHours(12)));
        sessions.touch("busy", NOW.plus(Duration.ofMinutes(20)));

        sessions.deleteExpired(NOW.plus(WebSession.IDLE_TIMEOUT));

        assertThat(sessions.find("idle")).isEmpty();
        assertThat(sessions.find("busy")).isPresent();
    }

    @Test
    void deletingAllSessionsOfAnAccountLeavesOtherAccountsAndAnonymousSessions() {
        JdbiAccountProfiles accounts = new JdbiAccountProfiles(database().jdbi(), java.time.Clock.fixed(NOW, ZoneOffset.UTC));
        for (String id : List.of("ada", "bob")) {
            accounts.save(new AccountProfile(id, Optional.of("sub-" + id), id + "@example.com", Optional.empty(),
                    ZoneOffset.UTC, ConnectionStatus.CONNECTED));
        }
        for (String id : List.of("ada-laptop", "ada-phone", "bob-laptop")) {
            sessions.save(WebSession.start(id, Optional.of(id.substring(0, 3)), "csrf", NOW, Duration.ofHours(12)));
        }
        session("anonymous", NOW.plusSeconds(3600));
        sessions.addPendingSignIn("ada-phone", new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600), true));

        sessions.deleteAllOf("ada");

        assertThat(sessions.find("ada-laptop")).isEmpty();
        assertThat(sessions.find("ada-phone")).isEmpty();
        assertThat(sessions.takePendingSignIn("ada-phone", "state-1")).isEmpty();
        assertThat(sessions.find("bob-laptop")).isPresent();
        assertThat(sessions.find("anonymous")).isPresent();
    }

    @Test
    void whetherAPendingSignInAskedForConsentIsKept() {
        session("mine", NOW.plusSeconds(3600));
        PendingSignIn pending = new PendingSignIn("state-1", "verifier-1", NOW.plusSeconds(600), true);
        sessions.addPendingSignIn("mine", pending);

        assertThat(sessions.takePendingSignIn("mine", "state-1")).contains(pending);
    }

    @Test
    void aBrowserKeepsAtMostFivePendingSignInsTheOldestReplaced() {
        session("mine", NOW.plusSeconds(3600));
        session("theirs", NOW.plusSeconds(3600));
        sessions.addPendingSignIn("theirs", new PendingSignIn("their-state", "verifier", NOW.plusSeconds(600), false));
        for (int i = 0; i < 7; i++) {
            sessions.addPendingSignIn("mine", new PendingSignIn("state-" + i, "verifier-" + i,
                    NOW.plusSeconds(600 + i), false));
        }

        assertThat(sessions.takePendingSignIn("mine", "state-0")).isEmpty();
        assertThat(sessions.takePendingSignIn("mine", "state-1")).isEmpty();
        for (int i = 2; i < 7; i++) {
            assertThat(sessions.takePendingSignIn("mine", "state-" + i)).as("state-" + i).isPresent();
        }
        assertThat(sessions.takePendingSignIn("theirs", "their-state")).isPresent();
    }

    @Test
    void pendingSignInsPastTheirExpiryArePurgedWhileTheirSessionLives() {
        session("mine", NOW.plusSeconds(3600));
        sessions.addPendingSignIn("mine", new PendingSignIn("old", "verifier-1", NOW.plusSeconds(600), false));
        sessions.addPendingSignIn("mine", new PendingSignIn("new", "verifier-2", NOW.plusSeconds(900), false));

        sessions.deleteExpired(NOW.plusSeconds(600));

        assertThat(sessions.find("mine")).isPresent();
        int left = database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_attempts")
                .mapTo(Integer.class).one());
        assertThat(left).isEqualTo(1);
        assertThat(sessions.takePendingSignIn("mine", "new")).isPresent();
    }
}
