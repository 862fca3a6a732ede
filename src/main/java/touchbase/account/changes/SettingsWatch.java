package touchbase.account.changes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.AccountSettingsStore;
import touchbase.colleagues.Groups;
import touchbase.domain.AccountSettings;
import touchbase.domain.Group;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.ContactSettings;
import touchbase.upkeep.MeetingLog;
import touchbase.upkeep.PastMeeting;

/**
 * Store decorators, like {@link ChangeWatch}'s, for the rest of what an account's reads show: its settings
 * and preferences, its contact preferences (grace, meeting titles), the last contacts a recheck reads from
 * the calendar, and its groups. Each write tells {@link AccountChanges}, even when it fails half-way.
 */
public final class SettingsWatch {

    private SettingsWatch() {
    }

    public static AccountSettingsStore watching(AccountSettingsStore store, AccountChanges changes) {
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(changes, "changes must not be null");
        return new AccountSettingsStore() {
            @Override
            public Optional<AccountSettings> find(String accountId) {
                return store.find(accountId);
            }

            @Override
            public void save(String accountId, AccountSettings settings) {
                changes.changedBy(accountId, () -> store.save(accountId, settings));
            }
        };
    }

    public static ContactSettings watching(ContactSettings store, AccountChanges changes) {
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(changes, "changes must not be null");
        return new ContactSettings() {
            @Override
            public ContactPreferences of(String accountId) {
                return store.of(accountId);
            }

            @Override
            public void save(String accountId, ContactPreferences preferences) {
                changes.changedBy(accountId, () -> store.save(accountId, preferences));
            }
        };
    }

    public static MeetingLog watching(MeetingLog store, AccountChanges changes) {
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(changes, "changes must not be null");
        return new MeetingLog() {
            @Override
            public void record(String accountId, List<PastMeeting> meetings) {
                changes.changedBy(accountId, () -> store.record(accountId, meetings));
            }

            @Override
            public void clear(String accountId) {
                changes.changedBy(accountId, () -> store.clear(accountId));
            }

            @Override
            public Map<String, LastMeeting> latest(String accountId, Instant from, Instant until) {
                return store.latest(accountId, from, until);
            }
        };
    }

    public static Groups watching(Groups store, AccountChanges changes) {
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(changes, "changes must not be null");
        return new Groups() {
            @Override
            public List<Group> all(String accountId) {
                return store.all(accountId);
            }

            @Override
            public Optional<Group> find(String accountId, String groupId) {
                return store.find(accountId, groupId);
            }

            @Override
            public void save(String accountId, Group group) {
                changes.changedBy(accountId, () -> store.save(accountId, group));
            }
        };
    }
}
