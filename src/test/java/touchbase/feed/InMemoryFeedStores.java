package touchbase.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import touchbase.account.AccountProfiles;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;

/** The feed's ports in memory, and accounts that are just an id and an email. */
final class InMemoryFeedStores {

    private InMemoryFeedStores() {
    }

    static final class Tokens implements FeedTokens {
        final Map<String, Owner> byToken = new ConcurrentHashMap<>();

        @Override
        public Optional<Owner> ownerOf(String token) {
            return Optional.ofNullable(byToken.get(token));
        }

        @Override
        public Optional<String> current(String accountId, Purpose purpose) {
            return byToken.entrySet().stream().filter(e -> e.getValue().equals(new Owner(accountId, purpose)))
                    .map(Map.Entry::getKey).findFirst();
        }

        @Override
        public void replace(String accountId, Purpose purpose, String token) {
            byToken.values().removeIf(owner -> owner.equals(new Owner(accountId, purpose)));
            byToken.put(token, new Owner(accountId, purpose));
        }

        @Override
        public void revoke(String accountId, Purpose purpose) {
            byToken.values().removeIf(owner -> owner.equals(new Owner(accountId, purpose)));
        }
    }

    static final class Settings implements FeedSettings {
        final Map<String, Boolean> showsNames = new ConcurrentHashMap<>();

        @Override
        public boolean showsNames(String accountId) {
            return showsNames.getOrDefault(accountId, true);
        }

        @Override
        public void setShowsNames(String accountId, boolean shows) {
            showsNames.put(accountId, shows);
        }
    }

    static final class Revisions implements FeedRevisions {
        private final Map<String, Map.Entry<String, Revision>> bySeries = new ConcurrentHashMap<>();

        @Override
        public synchronized Map<String, Revision> revise(String accountId, Map<String, String> fingerprints, Instant now) {
            Map<String, Revision> answer = new HashMap<>();
            fingerprints.forEach((series, fingerprint) -> {
                Map.Entry<String, Revision> known = bySeries.get(series);
                Revision revision = known == null ? new Revision(0, now)
                        : known.getKey().equals(fingerprint) ? known.getValue()
                        : new Revision(known.getValue().number() + 1, now);
                bySeries.put(series, Map.entry(fingerprint, revision));
                answer.put(series, revision);
            });
            return answer;
        }
    }

    static final class Accounts implements AccountProfiles {
        final Map<String, AccountProfile> byId = new ConcurrentHashMap<>();

        void add(String id, String email, ZoneId zone) {
            byId.put(id, new AccountProfile(id, Optional.empty(), email, Optional.empty(), zone, ConnectionStatus.CONNECTED));
        }

        @Override
        public Optional<AccountProfile> byId(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<AccountProfile> byGoogleSubject(String googleSubject) {
            return Optional.empty();
        }

        @Override
        public Optional<AccountProfile> byEmail(String email) {
            return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public void save(AccountProfile profile) {
            byId.put(profile.id(), profile);
        }

        @Override
        public void markDisconnected(String id) {
        }
    }
}
