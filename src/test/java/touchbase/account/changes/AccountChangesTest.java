package touchbase.account.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import touchbase.account.AccountSettingsStore;
import touchbase.colleagues.Groups;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Group;
import touchbase.fakes.InMemoryAccountSettings;
import touchbase.fakes.InMemoryMeetingLog;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.ContactSettings;
import touchbase.upkeep.MeetingLog;

/**
 * What is kept of an account's reads ({@link AccountMemo} over {@link AccountChanges}) is read again after
 * every change made here, even one made while the read ran, after another instance's change within
 * {@link AccountChanges#CHECK_SHARED_EVERY}, and once its own validity ends; the settings, contact
 * preferences, last contacts and groups count as changes ({@link SettingsWatch}).
 */
class AccountChangesTest {

    private static final String ME = "me";
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "read " + reads.incrementAndGet();
    }

    @Test
    void aKeptReadIsAnsweredUntilTheAccountChangesHere() {
        AccountChanges changes = new AccountChanges();
        AccountMemo<String> memo = new AccountMemo<>(changes, value -> Instant.MAX);

        assertThat(memo.get(ME, T0, this::read)).isEqualTo("read 1");
        assertThat(memo.get(ME, T0.plusMillis(10), this::read)).isEqualTo("read 1");
        assertThat(memo.get("someone else", T0, this::read)).isEqualTo("read 2");
        changes.changed(ME);

        assertThat(memo.get(ME, T0.plusMillis(20), this::read)).isEqualTo("read 3");
        assertThat(memo.get("someone else", T0.plusMillis(20), this::read)).isEqualTo("read 2");
    }

    @Test
    void aChangeWhileTheReadRunsIsNotHiddenByIt() {
        AccountChanges changes = new AccountChanges();
        AccountMemo<String> memo = new AccountMemo<>(changes, value -> Instant.MAX);

        assertThat(memo.get(ME, T0, () -> {
            changes.changed(ME);
            return read();
        })).isEqualTo("read 1");

        assertThat(memo.get(ME, T0, this::read)).isEqualTo("read 2");
    }

    @Test
    void anotherInstancesChangeIsSeenWithinASecond() {
        AccountVersions database = AccountVersions.inMemory();
        AccountChanges here = new AccountChanges(database);
        AccountChanges there = new AccountChanges(database);
        AccountMemo<String> memo = new AccountMemo<>(here, value -> Instant.MAX);
        memo.get(ME, T0, this::read);

        there.changed(ME);

        assertThat(memo.get(ME, T0.plus(AccountChanges.CHECK_SHARED_EVERY).minusMillis(1), this::read))
                .as("trusted for a second").isEqualTo("read 1");
        assertThat(memo.get(ME, T0.plus(AccountChanges.CHECK_SHARED_EVERY), this::read)).isEqualTo("read 2");
        assertThat(memo.get(ME, T0.plusSeconds(5), this::read)).as("unchanged since").isEqualTo("read 2");
    }

    @Test
    void aKeptReadEndsWithItsOwnValidity() {
        AccountMemo<String> memo = new AccountMemo<>(new AccountChanges(), value -> T0.plusSeconds(30));
        memo.get(ME, T0, this::read);

        assertThat(memo.get(ME, T0.plusSeconds(29), this::read)).isEqualTo("read 1");
        assertThat(memo.get(ME, T0.plusSeconds(30), this::read)).isEqualTo("read 2");
        assertThat(memo.get(ME, T0.minusSeconds(1), this::read)).as("a clock set back reads again").isEqualTo("read 3");
    }

    @Test
    void settingsContactPreferencesLastContactsAndGroupsAreChanges() {
        AccountChanges changes = new AccountChanges();
        AccountMemo<String> memo = new AccountMemo<>(changes, value -> Instant.MAX);
        AccountSettingsStore settings = SettingsWatch.watching(new InMemoryAccountSettings(), changes);
        InMemoryMeetingLog stored = new InMemoryMeetingLog();
        ContactSettings contact = SettingsWatch.watching((ContactSettings) stored, changes);
        MeetingLog meetings = SettingsWatch.watching((MeetingLog) stored, changes);
        Groups groups = SettingsWatch.watching(new NoGroups(), changes);
        List<Runnable> writes = List.of(
                () -> settings.save(ME, AccountSettings.defaults(ZoneId.of("Europe/London"))),
                () -> contact.save(ME, ContactPreferences.defaults()),
                () -> meetings.record(ME, List.of()),
                () -> meetings.clear(ME),
                () -> groups.save(ME, new Group("g1", "Team", List.of("a", "b"), Cadence.weekly(), 1, false)));

        int expected = 1;
        assertThat(memo.get(ME, T0, this::read)).isEqualTo("read 1");
        for (Runnable write : writes) {
            write.run();
            expected++;
            assertThat(memo.get(ME, T0, this::read)).isEqualTo("read " + expected);
        }
    }

    /** Groups that store nothing: the decorator around them is what is tested. */
    private static final class NoGroups implements Groups {
        @Override
        public List<Group> all(String accountId) {
            return List.of();
        }

        @Override
        public Optional<Group> find(String accountId, String groupId) {
            return Optional.empty();
        }

        @Override
        public void save(String accountId, Group group) {
        }
    }

    @Test
    void atMostSoManyAccountsAreKept() {
        AccountMemo<String> memo = new AccountMemo<>(new AccountChanges(), value -> Instant.MAX);
        for (int i = 0; i <= AccountMemo.MAX_ACCOUNTS; i++) {
            memo.get("account " + i, T0.plus(Duration.ofMillis(i)), this::read);
        }

        assertThat(memo.get("account " + AccountMemo.MAX_ACCOUNTS, T0.plusSeconds(1), this::read))
                .as("the newest kept").isEqualTo("read " + (AccountMemo.MAX_ACCOUNTS + 1));
        assertThat(memo.get("account 0", T0.plusSeconds(1), this::read)).as("the oldest dropped")
                .isEqualTo("read " + (AccountMemo.MAX_ACCOUNTS + 2));
    }
}
