package touchbase.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;
import touchbase.domain.GoogleTokens;

/** In-memory fakes of the sign-in ports, for use-case tests. */
final class InMemorySignInStores {

    final Accounts accounts = new Accounts();
    final Vault vault = new Vault();
    final Sessions sessions = new Sessions();

    static final class Accounts implements AccountProfiles {
        final Map<String, AccountProfile> byId = new HashMap<>();

        @Override
        public synchronized Optional<AccountProfile> byId(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public synchronized Optional<AccountProfile> byGoogleSubject(String subject) {
            return byId.values().stream().filter(a -> a.googleSubject().equals(Optional.of(subject))).findFirst();
        }

        @Override
        public synchronized Optional<AccountProfile> byEmail(String email) {
            return byId.values().stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst();
        }

        @Override
        public synchronized void save(AccountProfile profile) {
            byId.put(profile.id(), profile);
        }

        @Override
        public synchronized void markDisconnected(String id) {
            byId.computeIfPresent(id, (k, a) -> a.withStatus(ConnectionStatus.DISCONNECTED));
        }
    }

    static final class Vault implements TokenVault {
        final Map<String, GoogleTokens> byAccount = new HashMap<>();

        @Override
        public synchronized void save(String accountId, GoogleTokens tokens) {
            byAccount.put(accountId, tokens);
        }

        @Override
        public synchronized Optional<GoogleTokens> load(String accountId) {
            return Optional.ofNullable(byAccount.get(accountId));
        }

        @Override
        public synchronized void delete(String accountId) {
            byAccount.remove(accountId);
        }
    }

    static final class Sessions implements WebSessions {
        final Map<String, WebSession> byId = new HashMap<>();
        final Map<String, List<PendingSignIn>> pending = new HashMap<>();

        @Override
        public synchronized void save(WebSession session) {
            byId.put(session.id(), session);
        }

        @Override
        public synchronized Optional<WebSession> find(String sessionId) {
            return Optional.ofNullable(byId.get(sessionId));
        }

        @Override
        public synchronized void delete(String sessionId) {
            byId.remove(sessionId);
            pending.remove(sessionId);
        }

        @Override
        public synchronized void touch(String sessionId, Instant lastSeenAt) {
            byId.computeIfPresent(sessionId, (k, s) -> s.lastSeenAt().isBefore(lastSeenAt) ? s.seenAt(lastSeenAt) : s);
        }

        @Override
        public synchronized void deleteAllOf(String accountId) {
            byId.values().removeIf(s -> s.accountId().equals(Optional.of(accountId)));
            pending.keySet().retainAll(byId.keySet());
        }

        @Override
        public synchronized void deleteExpired(Instant now) {
            byId.values().removeIf(s -> s.isExpiredAt(now));
            pending.keySet().retainAll(byId.keySet());
        }

        @Override
        public synchronized void addPendingSignIn(String sessionId, PendingSignIn signIn) {
            pending.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(signIn);
        }

        @Override
        public synchronized Optional<PendingSignIn> takePendingSignIn(String sessionId, String state) {
            List<PendingSignIn> list = pending.getOrDefault(sessionId, new ArrayList<>());
            Optional<PendingSignIn> found = list.stream().filter(p -> p.state().equals(state)).findFirst();
            found.ifPresent(list::remove);
            return found;
        }
    }
}
