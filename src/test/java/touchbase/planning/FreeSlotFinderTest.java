package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.domain.ColleagueTestData.aColleague;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;
import touchbase.domain.WorkingHours;

class FreeSlotFinderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final Colleague ana = aColleague().named("Ana").inZone("Europe/Berlin").build();
    private final FreeSlotFinder finder = new FreeSlotFinder(PlanningRules.defaults(), WorkingHours.standard(BERLIN),
            at("2026-02-02T08:00").toInstant());

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN);
    }

    private static Interval meeting(String from, String to) {
        return new Interval(at(from).toInstant(), at(to).toInstant());
    }

    @Test
    void movesClearOfAClashToTheNearestFreeStartKeepingTheBuffer() {
        ZonedDateTime regular = at("2026-02-10T10:00");

        assertThat(finder.nearest(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.WEEKLY, ana,
                List.of(meeting("2026-02-10T10:00", "2026-02-10T11:00")), List.of()))
                .contains(at("2026-02-10T09:15"));
    }

    @Test
    void takesTheEarlierOfTwoStartsAsNear() {
        ZonedDateTime regular = at("2026-02-10T12:00");
        List<Interval> busy = List.of(meeting("2026-02-09T00:00", "2026-02-10T10:55"),
                meeting("2026-02-10T11:35", "2026-02-10T12:55"), meeting("2026-02-10T13:35", "2026-02-16T00:00"));

        assertThat(finder.nearest(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.WEEKLY, ana,
                busy, List.of())).contains(at("2026-02-10T11:00"));
    }

    @Test
    void neverLeavesTheWeek() {
        ZonedDateTime regular = at("2026-02-10T12:00");
        List<Interval> busy = List.of(meeting("2026-02-09T00:00", "2026-02-16T00:00"));

        assertThat(finder.nearest(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.WEEKLY, ana,
                busy, List.of())).isEmpty();
    }

    @Test
    void aMonthlyOccurrenceMayMoveAnywhereInItsMonthButNotBeforeTheNotice() {
        ZonedDateTime regular = at("2026-02-03T10:00");
        List<Interval> busy = List.of(meeting("2026-02-01T00:00", "2026-02-26T00:00"));

        assertThat(finder.nearest(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.MONTHLY, ana,
                busy, List.of())).contains(at("2026-02-26T09:00"));
    }

    @Test
    void aGroupMovesToTheNearestStartWhereTheQuorumIsFreeEvenIfOneMemberIsNot() {
        ZonedDateTime regular = at("2026-02-10T10:00");
        Colleague ben = aColleague().named("Ben").inZone("Europe/Berlin").build();
        Colleague cleo = aColleague().named("Cleo").inZone("Europe/Berlin").build();
        List<FreeSlotFinder.Member> members = List.of(
                new FreeSlotFinder.Member(ana, List.of(meeting("2026-02-10T09:00", "2026-02-10T12:00"))),
                new FreeSlotFinder.Member(ben, List.of(meeting("2026-02-10T09:00", "2026-02-10T11:00"))),
                new FreeSlotFinder.Member(cleo, List.of()));

        assertThat(finder.nearestForGroup(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.WEEKLY,
                members, 2, List.of(), List.of())).as("Ben and Cleo are free from 11:15, Ana is not")
                .contains(at("2026-02-10T11:15"));
        assertThat(finder.nearestForGroup(regular, Interval.of(regular.toInstant(), HALF_HOUR), Cadence.Kind.WEEKLY,
                members, 3, List.of(), List.of())).as("everyone from 12:15").contains(at("2026-02-10T12:15"));
    }

    @Test
    void aBookedTouchBaseBreaksACapOnlyWhenTheEarlierOnesOfItsDayOrWeekFillIt() {
        FreeSlotFinder capped = new FreeSlotFinder(PlanningRules.defaults().withCaps(1, 2), WorkingHours.standard(BERLIN),
                at("2026-02-02T08:00").toInstant());
        Interval morning = meeting("2026-02-10T09:00", "2026-02-10T09:30");
        Interval afternoon = meeting("2026-02-10T14:00", "2026-02-10T14:30");
        Interval thursday = meeting("2026-02-12T10:00", "2026-02-12T10:30");
        Interval friday = meeting("2026-02-13T10:00", "2026-02-13T10:30");

        assertThat(capped.broken(morning, List.of(afternoon))).as("the earliest of the day keeps its place").isEmpty();
        assertThat(capped.broken(afternoon, List.of(morning))).contains(FreeSlotFinder.Broken.DAY_FULL);
        assertThat(capped.broken(thursday, List.of(morning))).isEmpty();
        assertThat(capped.broken(friday, List.of(morning, thursday))).contains(FreeSlotFinder.Broken.WEEK_FULL);
    }

    @Test
    void aBookedTouchBaseOutsideTheAccountsHoursBreaksThemWhateverTheNotice() {
        assertThat(finder.broken(meeting("2026-02-10T19:00", "2026-02-10T19:30"), List.of()))
                .contains(FreeSlotFinder.Broken.OUTSIDE_YOUR_HOURS);
        assertThat(finder.broken(meeting("2026-02-02T09:00", "2026-02-02T09:30"), List.of()))
                .as("within the notice, yet booked already").isEmpty();
    }
}
