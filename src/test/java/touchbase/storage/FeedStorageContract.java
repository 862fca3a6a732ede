package touchbase.storage;

import touchbase.storage.feed.JdbiFeedRevisions;
import touchbase.storage.feed.JdbiFeedSettings;
import touchbase.storage.feed.JdbiFeedTokens;
import touchbase.storage.feed.JdbiAccountVersions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import touchbase.feed.FeedRevisions;
import touchbase.feed.FeedTokens;

/** The feed's stores: tokens (hashed for lookup, encrypted for display), the names setting, revisions. */
abstract class FeedStorageContract extends StorageContract {

    private static final String TOKEN = "fv3Jq0b0bY3Z0d1ccS2p7mHk2-6vA9Q4v8cL3x1Wq_s";

    @TempDir
    Path keyDir;

    private JdbiFeedTokens tokens;
    private JdbiFeedSettings settings;
    private JdbiFeedRevisions revisions;

    @Override
    void createAdapters() {
        tokens = new JdbiFeedTokens(database().jdbi(), TokenEncryption.aead(keyDir, Optional.empty()), CLOCK);
        settings = new JdbiFeedSettings(database().jdbi());
        revisions = new JdbiFeedRevisions(database().jdbi());
    }

    @Test
    void aTokenFindsItsAccountAndIsStoredOnlyHashedAndEncrypted() {
        givenAccount("a1");

        tokens.replace("a1", FeedTokens.Purpose.OWN, TOKEN);

        assertThat(tokens.ownerOf(TOKEN)).contains(new FeedTokens.Owner("a1", FeedTokens.Purpose.OWN));
        assertThat(tokens.current("a1", FeedTokens.Purpose.OWN)).contains(TOKEN);
        List<Map<String, Object>> rows = database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM feed_tokens")
                .mapToMap().list());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(TOKEN));
    }

    @Test
    void replacingATokenForgetsTheOldOneAtOnceAndKeepsOtherAccountsApart() {
        givenAccount("a1");
        givenAccount("a2");
        tokens.replace("a1", FeedTokens.Purpose.OWN, TOKEN);
        tokens.replace("a2", FeedTokens.Purpose.OWN, "other-account-token-0000000000000000000000");

        tokens.replace("a1", FeedTokens.Purpose.OWN, "new-token-00000000000000000000000000000000");
        reopen();

        assertThat(tokens.ownerOf(TOKEN)).isEmpty();
        assertThat(tokens.ownerOf("new-token-00000000000000000000000000000000")).map(FeedTokens.Owner::accountId)
                .contains("a1");
        assertThat(tokens.current("a2", FeedTokens.Purpose.OWN)).contains("other-account-token-0000000000000000000000");
        assertThat(tokens.ownerOf("unknown")).isEmpty();
    }

    @Test
    void aSharingTokenLivesBesideTheOwnOneUntilRevoked() {
        givenAccount("a1");
        tokens.replace("a1", FeedTokens.Purpose.OWN, TOKEN);
        tokens.replace("a1", FeedTokens.Purpose.SHARE, "share-token-000000000000000000000000000000");

        assertThat(tokens.ownerOf("share-token-000000000000000000000000000000"))
                .contains(new FeedTokens.Owner("a1", FeedTokens.Purpose.SHARE));
        tokens.revoke("a1", FeedTokens.Purpose.SHARE);

        assertThat(tokens.ownerOf("share-token-000000000000000000000000000000")).isEmpty();
        assertThat(tokens.current("a1", FeedTokens.Purpose.SHARE)).isEmpty();
        assertThat(tokens.ownerOf(TOKEN)).contains(new FeedTokens.Owner("a1", FeedTokens.Purpose.OWN));
    }

    @Test
    void aTokenAddedOnlyWhenNoneIsLiveSoConcurrentFirstCallsAgree() {
        givenAccount("a1");

        String first = tokens.currentOrAdd("a1", FeedTokens.Purpose.OWN, TOKEN);
        String second = tokens.currentOrAdd("a1", FeedTokens.Purpose.OWN, "late-token-0000000000000000000000000000000");

        assertThat(first).isEqualTo(TOKEN);
        assertThat(second).isEqualTo(TOKEN);
        assertThat(tokens.ownerOf("late-token-0000000000000000000000000000000")).isEmpty();
    }

    @Test
    void theFeedVersionCountsEveryChangeOfTheAccountOnly() {
        givenAccount("a1");
        givenAccount("a2");
        JdbiAccountVersions versions = new JdbiAccountVersions(database().jdbi());
        long before = versions.current("a1");

        versions.advance("a1");
        versions.advance("a1");

        assertThat(versions.current("a1")).isEqualTo(before + 2);
        assertThat(versions.current("a2")).isZero();
        assertThat(versions.current("no-such-account")).isZero();
    }

    @Test
    void aTokenSealedUnderAnotherKeyIsNotShown() {
        givenAccount("a1");
        tokens.replace("a1", FeedTokens.Purpose.OWN, TOKEN);

        JdbiFeedTokens otherKey = new JdbiFeedTokens(database().jdbi(),
                TokenEncryption.aead(keyDir.resolve("elsewhere"), Optional.empty()), CLOCK);

        assertThat(otherKey.current("a1", FeedTokens.Purpose.OWN)).isEmpty();
        assertThat(otherKey.ownerOf(TOKEN)).isPresent();
    }

    @Test
    void namesAreShownUntilTheAccountHidesThem() {
        givenAccount("a1");
        assertThat(settings.showsNames("a1")).isTrue();

        settings.setShowsNames("a1", false);
        reopen();

        assertThat(settings.showsNames("a1")).isFalse();
    }

    @Test
    void aRevisionGoesUpOnlyWhenTheFingerprintChanges() {
        givenAccount("a1");
        givenColleague("a1", "c1");
        database().jdbi().useHandle(h -> h.execute("INSERT INTO touch_base_series (id, account_id, colleague_id, rrule, "
                + "first_start, time_zone, duration_minutes, status, created_at, updated_at) VALUES ('s1', 'a1', 'c1', "
                + "'FREQ=WEEKLY', '2026-03-03T09:00', 'Europe/Berlin', 30, 'booked', 'x', 'x')"));
        Instant later = NOW.plusSeconds(60);

        FeedRevisions.Revision first = revisions.revise("a1", Map.of("s1", "f1"), NOW).get("s1");
        FeedRevisions.Revision same = revisions.revise("a1", Map.of("s1", "f1"), later).get("s1");
        FeedRevisions.Revision changed = revisions.revise("a1", Map.of("s1", "f2"), later).get("s1");

        assertThat(first).isEqualTo(new FeedRevisions.Revision(0, NOW));
        assertThat(same).isEqualTo(first);
        assertThat(changed).isEqualTo(new FeedRevisions.Revision(1, later));
    }
}
