package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Groups;
import touchbase.colleagues.RoulettePairs;
import touchbase.domain.Cadence;
import touchbase.domain.Conflict;
import touchbase.domain.Group;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;
import touchbase.storage.groups.JdbiGroups;
import touchbase.storage.groups.JdbiRoulettePairs;

/**
 * {@link Groups} on any database: groups with their members in order, scoped to the account, and a
 * group's series stored as a series with its group id (one live per group, apart from the members'
 * own series).
 */
abstract class GroupsContract extends StorageContract {

    private static final ZonedDateTime TUESDAY = ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private Groups groups;
    private TouchBases touchBases;

    @Override
    void createAdapters() {
        groups = new JdbiGroups(database().jdbi(), CLOCK);
        touchBases = new JdbiTouchBases(database().jdbi(), CLOCK);
    }

    @BeforeEach
    void givenAccountsAndColleagues() {
        givenAccount("acc-1");
        givenAccount("acc-2");
        for (String id : List.of("c-1", "c-2", "c-3")) {
            givenColleague("acc-1", id);
        }
        givenColleague("acc-2", "c-9");
    }

    @Test
    void keepsAGroupWithItsMembersInOrder() {
        Group coffee = new Group("g-1", "Coffee", List.of("c-3", "c-1", "c-2"), Cadence.everyTwoWeeks(), 2, true);

        groups.save("acc-1", coffee);
        reopen();

        assertThat(groups.find("acc-1", "g-1")).contains(coffee);
        assertThat(groups.all("acc-1")).containsExactly(coffee);
    }

    @Test
    void anotherAccountSeesNothingAndCannotOverwrite() {
        groups.save("acc-1", new Group("g-1", "Coffee", List.of("c-1", "c-2"), Cadence.weekly(), 1, false));

        assertThat(groups.find("acc-2", "g-1")).isEmpty();
        assertThat(groups.all("acc-2")).isEmpty();
        assertThatThrownBy(() -> groups.save("acc-2", new Group("g-1", "Mine", List.of("c-9", "c-9x"),
                Cadence.weekly(), 1, false))).isInstanceOf(StorageException.class);
        assertThat(groups.find("acc-1", "g-1").orElseThrow().name()).isEqualTo("Coffee");
    }

    @Test
    void aGroupSeriesKeepsItsGroupAndLeavesTheMembersOwnSeriesFree() {
        groups.save("acc-1", new Group("g-1", "Coffee", List.of("c-1", "c-2"), Cadence.weekly(), 1, false));
        TouchBase group = series("s-g", "c-1").forGroup("g-1");

        touchBases.save(group, List.of(), List.of());
        touchBases.save(series("s-pair", "c-1"), List.of(), List.of());
        reopen();

        assertThat(touchBases.find("acc-1", "s-g").orElseThrow().groupId()).contains("g-1");
        assertThat(touchBases.find("acc-1", "s-pair").orElseThrow().groupId()).isEmpty();
    }

    @Test
    void aGroupHasOneLiveSeries() {
        groups.save("acc-1", new Group("g-1", "Coffee", List.of("c-1", "c-2"), Cadence.weekly(), 1, false));
        touchBases.save(series("s-1", "c-1").forGroup("g-1"), List.of(), List.of());

        assertThatThrownBy(() -> touchBases.save(series("s-2", "c-2").forGroup("g-1"), List.of(), List.of()))
                .isInstanceOf(Conflict.class);
        assertThat(touchBases.find("acc-1", "s-2")).isEqualTo(Optional.empty());
    }

    @Test
    void aRouletteHasManyPairMeetingsEachWithItsPair() {
        groups.save("acc-1", new Group("g-1", "Coffee", List.of("c-1", "c-2", "c-3"), Cadence.weekly(), 2, true));
        touchBases.save(series("s-whole", "c-1").forGroup("g-1"), List.of(), List.of());
        new JdbiRoulettePairs(database().jdbi()).save("acc-1", List.of(new RoulettePairs.PairMeeting("s-p1", "g-1", TUESDAY.toLocalDate(), List.of("c-1", "c-2")),
                new RoulettePairs.PairMeeting("s-p2", "g-1", TUESDAY.toLocalDate().plusWeeks(1), List.of("c-1", "c-3")),
                new RoulettePairs.PairMeeting("s-never", "g-1", TUESDAY.toLocalDate(), List.of("c-2", "c-3"))));

        touchBases.saveAll(List.of(once("s-p1", "c-1", TUESDAY), once("s-p2", "c-1", TUESDAY.plusWeeks(1))), List.of(),
                List.of());
        reopen();
        RoulettePairs pairs = new JdbiRoulettePairs(database().jdbi());

        assertThat(touchBases.find("acc-1", "s-p2").orElseThrow().isSingle()).isTrue();
        assertThat(touchBases.find("acc-1", "s-whole").orElseThrow().isSingle()).isFalse();
        assertThat(pairs.ofGroup("acc-1", "g-1")).extracting(RoulettePairs.PairMeeting::seriesId)
                .as("a meeting whose series never came is not answered").containsExactly("s-p1", "s-p2");
        assertThat(pairs.find("acc-1", "s-p2").orElseThrow().memberIds()).containsExactly("c-1", "c-3");
        assertThat(pairs.find("acc-2", "s-p2")).isEmpty();
    }

    private static TouchBase once(String id, String colleagueId, ZonedDateTime start) {
        return TouchBase.pending(id, "acc-1", colleagueId, SeriesRule.once(Cadence.weekly(), start), start,
                Duration.ofMinutes(30), true, NOW).forGroup("g-1");
    }

    private static TouchBase series(String id, String colleagueId) {
        return TouchBase.pending(id, "acc-1", colleagueId, SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", TUESDAY), TUESDAY,
                Duration.ofMinutes(30), true, NOW);
    }
}
