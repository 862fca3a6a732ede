package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.SeriesRule;
import touchbase.domain.TimeZoneSource;
import touchbase.domain.TouchBase;
import touchbase.domain.WorkingHours;

/** {@link Colleagues} on any database: every field kept, emails unique per account in any case. */
abstract class ColleaguesContract extends StorageContract {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Colleagues colleagues;

    @Override
    void createAdapters() {
        colleagues = new JdbiColleagues(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAccounts() {
        givenAccount("acc-1");
        givenAccount("acc-2");
    }

    @Test
    void keepsEveryFieldOfAColleagueWithOwnHoursAndPreferences() {
        Colleague ana = new Colleague("c-ana", "ana@example.com", "Ana", TOKYO, Cadence.monthly().on(-1, DayOfWeek.FRIDAY),
                Optional.of(splitHours()), Preferences.of(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        TimeWindow.of("10:00", "11:30"), TimeWindow.of("15:00", "16:00")),
                3, true, "Met at the offsite; prefers mornings.");

        colleagues.save("acc-1", ana);

        assertThat(colleagues.find("acc-1", "c-ana")).contains(ana);
    }

    @Test
    void keepsAColleagueWithoutOwnHoursOrPreferencesAndAnOpenCadence() {
        Colleague bo = Colleague.of("c-bo", "bo@example.com", "Bo", ZoneId.of("America/New_York"),
                Cadence.everyTwoWeeks());

        colleagues.save("acc-1", bo);

        Colleague found = colleagues.find("acc-1", "c-bo").orElseThrow();
        assertThat(found).isEqualTo(bo);
        assertThat(found.workingHours()).isEmpty();
        assertThat(found.cadence().isPinned()).isFalse();
    }

    @Test
    void keepsANameOfAnyLengthAndAnyScript() {
        String name = "Dr. María-José Ångström-Nakamura 中村 ".repeat(12).strip();
        Colleague longName = Colleague.of("c-long", "long@example.com", name, TOKYO, Cadence.weekly());

        colleagues.save("acc-1", longName);

        assertThat(name).hasSizeGreaterThan(255);
        assertThat(colleagues.find("acc-1", "c-long").orElseThrow().displayName()).isEqualTo(name);
    }

    @Test
    void keepsWhereTheZoneCameFrom() {
        Colleague inferred = Colleague.of("c-in", "in@example.com", "In", TOKYO, Cadence.weekly())
                .withZone(TOKYO, TimeZoneSource.INFERRED);
        Colleague assumed = Colleague.of("c-as", "as@example.com", "As", TOKYO, Cadence.weekly())
                .withZone(TOKYO, TimeZoneSource.ASSUMED);

        colleagues.save("acc-1", inferred);
        colleagues.save("acc-1", assumed);
        colleagues.save("acc-1", assumed.withZone(ZoneId.of("Asia/Seoul")));

        assertThat(colleagues.find("acc-1", "c-in").orElseThrow().timeZoneSource()).isEqualTo(TimeZoneSource.INFERRED);
        assertThat(colleagues.find("acc-1", "c-as").orElseThrow().timeZoneSource()).isEqualTo(TimeZoneSource.GIVEN);
    }

    @Test
    void ownHoursWithEveryDayOffStayOwnHours() {
        WorkingHours none = new WorkingHours(TOKYO, Map.of());
        Colleague away = Colleague.of("c-away", "away@example.com", "Away", TOKYO, Cadence.weekly())
                .withWorkingHours(none);

        colleagues.save("acc-1", away);

        assertThat(colleagues.find("acc-1", "c-away").orElseThrow().workingHours()).contains(none);
    }

    @Test
    void storesEmailsLowerCasedAndFindsThemInAnyCase() {
        colleagues.save("acc-1", Colleague.of("c-cy", "Cy.Smith@Example.COM", "Cy", TOKYO, Cadence.weekly()));

        assertThat(colleagues.findByEmail("acc-1", "CY.SMITH@example.com"))
                .map(Colleague::email).contains("cy.smith@example.com");
    }

    @Test
    void refusesASecondColleagueWithTheSameEmailInAnotherCase() {
        colleagues.save("acc-1", Colleague.of("c-1", "dee@example.com", "Dee", TOKYO, Cadence.weekly()));

        assertThatThrownBy(() -> colleagues.save("acc-1",
                Colleague.of("c-2", "DEE@example.com", "Dee again", TOKYO, Cadence.monthly())))
                .isInstanceOf(DuplicateColleague.class)
                .hasMessageContaining("dee@example.com");
        assertThat(colleagues.all("acc-1")).extracting(Colleague::id).containsExactly("c-1");
    }

    @Test
    void allowsTheSameEmailInAnotherAccount() {
        colleagues.save("acc-1", Colleague.of("c-1", "eve@example.com", "Eve", TOKYO, Cadence.weekly()));

        colleagues.save("acc-2", Colleague.of("c-2", "eve@example.com", "Eve", TOKYO, Cadence.weekly()));

        assertThat(colleagues.findByEmail("acc-2", "eve@example.com")).map(Colleague::id).contains("c-2");
    }

    @Test
    void listsEachAccountThatKeepsColleaguesOnce() {
        colleagues.save("acc-2", Colleague.of("c-1", "eve@example.com", "Eve", TOKYO, Cadence.weekly()));
        colleagues.save("acc-2", Colleague.of("c-2", "gus@example.com", "Gus", TOKYO, Cadence.weekly()));

        assertThat(colleagues.accountsWithColleagues()).containsExactly("acc-2");
    }

    @Test
    void savingAgainReplacesEverythingAndDropsHoursNoLongerOwn() {
        Colleague before = Colleague.of("c-fay", "fay@example.com", "Fay", TOKYO, Cadence.weekly())
                .withWorkingHours(splitHours()).withPriority(1);
        colleagues.save("acc-1", before);
        Colleague after = Colleague.of("c-fay", "fay@example.com", "Fay Lee", ZoneId.of("Europe/Lisbon"),
                Cadence.quarterly().on(2, DayOfWeek.MONDAY)).withNotes("moved to Lisbon");

        colleagues.save("acc-1", after);

        assertThat(colleagues.find("acc-1", "c-fay")).contains(after);
    }

    @Test
    void listsOnlyTheAccountsColleaguesByName() {
        colleagues.save("acc-1", Colleague.of("c-z", "zed@example.com", "zed", TOKYO, Cadence.weekly()));
        colleagues.save("acc-1", Colleague.of("c-a", "amy@example.com", "Amy", TOKYO, Cadence.weekly())
                .withWorkingHours(splitHours()));
        colleagues.save("acc-2", Colleague.of("c-o", "other@example.com", "Other", TOKYO, Cadence.weekly()));

        assertThat(colleagues.all("acc-1")).extracting(Colleague::id).containsExactly("c-a", "c-z");
        assertThat(colleagues.all("acc-1").get(0).workingHours()).contains(splitHours());
    }

    @Test
    void doesNotFindAnotherAccountsColleague() {
        colleagues.save("acc-2", Colleague.of("c-o", "other@example.com", "Other", TOKYO, Cadence.weekly()));

        assertThat(colleagues.find("acc-1", "c-o")).isEmpty();
        assertThat(colleagues.findByEmail("acc-1", "other@example.com")).isEmpty();
    }

    @Test
    void deletingRemovesTheColleagueAndFreesTheEmail() {
        colleagues.save("acc-1", Colleague.of("c-gus", "gus@example.com", "Gus", TOKYO, Cadence.weekly())
                .withWorkingHours(splitHours()));

        colleagues.delete("acc-1", "c-gus");

        assertThat(colleagues.find("acc-1", "c-gus")).isEmpty();
        colleagues.save("acc-1", Colleague.of("c-gus-2", "gus@example.com", "Gus", TOKYO, Cadence.weekly()));
        assertThat(colleagues.all("acc-1")).extracting(Colleague::id).containsExactly("c-gus-2");
    }

    @Test
    void deletingAColleagueWithCancelledSeriesKeepsTheSeriesAsHistory() {
        colleagues.save("acc-1", Colleague.of("c-hal", "hal@example.com", "Hal", TOKYO, Cadence.weekly()));
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, TOKYO);
        TouchBase cancelled = TouchBase.pending("s-1", "acc-1", "c-hal", SeriesRule.of(Cadence.weekly(), tuesday.toLocalDate()),
                        tuesday, Duration.ofMinutes(30), true, NOW)
                .withStatus(TouchBase.Status.CANCELLED, Optional.empty(), NOW);
        new JdbiTouchBases(database().jdbi(), CLOCK).save(cancelled, List.of(), List.of());

        colleagues.delete("acc-1", "c-hal");

        assertThat(colleagues.find("acc-1", "c-hal")).isEmpty();
        assertThat(colleagues.all("acc-1")).isEmpty();
        assertThat(new JdbiTouchBases(database().jdbi(), CLOCK).find("acc-1", "s-1")).contains(cancelled);
        colleagues.save("acc-1", Colleague.of("c-hal-2", "hal@example.com", "Hal", TOKYO, Cadence.weekly()));
        assertThat(colleagues.findByEmail("acc-1", "hal@example.com")).map(Colleague::id).contains("c-hal-2");
    }

    @Test
    void deletingAnotherAccountsColleagueChangesNothing() {
        Colleague other = Colleague.of("c-o", "other@example.com", "Other", TOKYO, Cadence.weekly())
                .withWorkingHours(splitHours());
        colleagues.save("acc-2", other);

        colleagues.delete("acc-1", "c-o");

        assertThat(colleagues.find("acc-2", "c-o")).contains(other);
    }

    @Test
    void savingAColleagueWhoseIdBelongsToAnotherAccountFails() {
        colleagues.save("acc-2", Colleague.of("c-o", "other@example.com", "Other", TOKYO, Cadence.weekly()));

        assertThatThrownBy(() -> colleagues.save("acc-1",
                Colleague.of("c-o", "mine@example.com", "Mine", TOKYO, Cadence.weekly())))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("another account");
        assertThat(colleagues.find("acc-2", "c-o")).map(Colleague::email).contains("other@example.com");
    }

    @Test
    void colleaguesSurviveReopeningTheDatabase() {
        Colleague ivy = Colleague.of("c-ivy", "ivy@example.com", "Ivy", TOKYO, Cadence.everyTwoMonths())
                .withWorkingHours(splitHours());
        colleagues.save("acc-1", ivy);

        reopen();

        assertThat(colleagues.find("acc-1", "c-ivy")).contains(ivy);
    }

    /** Two windows on weekdays, a short Friday, Saturday morning; in a zone other than the colleague's. */
    private static WorkingHours splitHours() {
        return WorkingHours.weekdays(ZoneId.of("Europe/Berlin"), TimeWindow.of("08:30", "12:00"),
                        TimeWindow.of("13:00", "17:30"))
                .with(DayOfWeek.FRIDAY, TimeWindow.of("09:00", "13:00"))
                .with(DayOfWeek.SATURDAY, TimeWindow.of("10:00", "12:00"));
    }
}
