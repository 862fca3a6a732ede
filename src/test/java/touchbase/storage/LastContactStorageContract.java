package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.ContactSettings;
import touchbase.upkeep.MeetingLog;
import touchbase.upkeep.PastMeeting;

/** {@link MeetingLog} and {@link ContactSettings} on any database. */
abstract class LastContactStorageContract extends StorageContract {

    private static final Instant MONDAY = Instant.parse("2026-02-23T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-02-24T10:00:00Z");

    private MeetingLog log;
    private ContactSettings settings;

    @Override
    void createAdapters() {
        log = new JdbiMeetingLog(database().jdbi());
        settings = new JdbiContactSettings(database().jdbi());
    }

    @BeforeEach
    void givenAccounts() {
        givenAccount("acc-1");
        givenAccount("acc-2");
    }

    @Test
    void findsEachPersonsLatestMeetingByLowerCaseEmail() {
        log.record("acc-1", List.of(
                PastMeeting.held("ev-1", MONDAY, Optional.of("Review"), List.of("Lena@Example.com", "tom@example.com")),
                PastMeeting.held("ev-2", TUESDAY, Optional.empty(), List.of("lena@example.com"))));

        var latest = log.latest("acc-1", MONDAY.minusSeconds(86_400), NOW);

        assertThat(latest.get("lena@example.com")).isEqualTo(new MeetingLog.LastMeeting(TUESDAY, Optional.empty()));
        assertThat(latest.get("tom@example.com")).isEqualTo(new MeetingLog.LastMeeting(MONDAY, Optional.of("Review")));
    }

    @Test
    void aMeetingThatNoLongerCountsIsForgottenAndAChangedOneReplaced() {
        log.record("acc-1", List.of(PastMeeting.held("ev-1", MONDAY, Optional.empty(), List.of("lena@example.com")),
                PastMeeting.held("ev-2", MONDAY, Optional.empty(), List.of("tom@example.com"))));

        log.record("acc-1", List.of(PastMeeting.gone("ev-1"),
                PastMeeting.held("ev-2", TUESDAY, Optional.empty(), List.of("ana@example.com"))));

        assertThat(log.latest("acc-1", MONDAY.minusSeconds(1), NOW)).containsOnlyKeys("ana@example.com");
    }

    @Test
    void onlyMeetingsWithinTheWindowCountAndEachAccountKeepsItsOwn() {
        log.record("acc-1", List.of(PastMeeting.held("ev-1", MONDAY, Optional.empty(), List.of("lena@example.com"))));
        log.record("acc-2", List.of(PastMeeting.held("ev-1", TUESDAY, Optional.empty(), List.of("tom@example.com"))));

        assertThat(log.latest("acc-1", TUESDAY, NOW)).isEmpty();
        assertThat(log.latest("acc-1", MONDAY, TUESDAY)).containsOnlyKeys("lena@example.com");
        log.clear("acc-1");
        assertThat(log.latest("acc-1", MONDAY, NOW)).isEmpty();
        assertThat(log.latest("acc-2", MONDAY, NOW)).containsOnlyKeys("tom@example.com");
    }

    @Test
    void contactPreferencesDefaultUntilSavedAndSurviveARestart() {
        assertThat(settings.of("acc-1")).isEqualTo(ContactPreferences.defaults());

        settings.save("acc-1", ContactPreferences.defaults().withShowMeetingTitles(true).withGraceDays(3));
        reopen();

        assertThat(settings.of("acc-1")).isEqualTo(new ContactPreferences(true, 3, 180));
        assertThat(settings.of("acc-2").showMeetingTitles()).isFalse();
    }
}
