package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/**
 * Stretch proposals against a brute-force oracle: every start on the grid of the horizon, judged
 * with the working hours read on each person's clock (free calendars, one weekly colleague).
 */
class StretchProperties {

    private static final List<String> ZONES = List.of("America/New_York", "America/Los_Angeles", "Europe/London",
            "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore", "Australia/Sydney", "Pacific/Auckland",
            "America/Sao_Paulo");
    private static final Duration LENGTH = Duration.ofMinutes(30);
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    /** One pair and its plan. */
    private record Pair(WorkingHours mine, Colleague colleague, Plan plan) {

        Proposal proposal() {
            return plan.proposals().get(0);
        }
    }

    private static Pair pair(int accountZone, int colleagueZone, int day, int weeks, boolean shortDays) {
        ZoneId account = ZoneId.of(ZONES.get(accountZone));
        ZoneId theirs = ZoneId.of(ZONES.get(colleagueZone));
        TimeWindow window = shortDays ? TimeWindow.of("10:00", "15:00") : TimeWindow.of("09:00", "17:00");
        WorkingHours mine = WorkingHours.weekdays(account, window);
        Colleague colleague = Colleague.of("c1", "pat@example.com", "Pat", theirs, Cadence.weekly())
                .withWorkingHours(WorkingHours.weekdays(theirs, window));
        PlanningRules rules = PlanningRules.defaults().withHorizon(Period.ofWeeks(weeks));
        PlanningRequest request = new PlanningRequest(PlanningScenario.ME, mine, Preferences.none(), rules,
                List.of(colleague), List.of());
        Map<String, FreeBusy> free = Map.of(PlanningScenario.ME, FreeBusy.known(PlanningScenario.ME, List.of()),
                colleague.email(), FreeBusy.known(colleague.email(), List.of()));
        Clock clock = Clock.fixed(BASE.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(37)), account);
        return new Pair(mine, colleague, new SlotPlanner(clock).plan(request, free));
    }

    @Property(tries = 60)
    void aStretchIsProposedOnlyWhenNoSharedSlotExists(@ForAll @IntRange(min = 0, max = 9) int accountZone,
            @ForAll @IntRange(min = 0, max = 9) int colleagueZone, @ForAll @IntRange(min = 0, max = 360) int day,
            @ForAll @IntRange(min = 3, max = 6) int weeks, @ForAll boolean shortDays) {
        Pair pair = pair(accountZone, colleagueZone, day, weeks, shortDays);
        boolean shared = starts(pair).stream().anyMatch(start -> stretch(pair.mine(), start) == 0
                && stretch(pair.colleague().hours(), start) == 0);

        Statistics.collect(shared ? "shared hours" : pair.proposal().isPlaced() ? "stretched" : "cannot place");
        if (shared) {
            assertThat(pair.proposal()).isInstanceOfSatisfying(Proposal.Placed.class,
                    placed -> assertThat(placed.isStretch()).isFalse());
        } else if (pair.proposal() instanceof Proposal.Placed placed) {
            assertThat(placed.isStretch()).isTrue();
        }
    }

    @Property(tries = 60)
    void noOtherWeeklySlotStretchesLessAndEveryHeldOccurrenceStaysWithinTheStatedStretch(
            @ForAll @IntRange(min = 0, max = 9) int accountZone, @ForAll @IntRange(min = 0, max = 9) int colleagueZone,
            @ForAll @IntRange(min = 0, max = 360) int day, @ForAll @IntRange(min = 3, max = 6) int weeks,
            @ForAll boolean shortDays) {
        Pair pair = pair(accountZone, colleagueZone, day, weeks, shortDays);
        if (!(pair.proposal() instanceof Proposal.Placed placed) || !placed.isStretch()) {
            return;
        }
        Proposal.Stretch stretch = placed.stretch().orElseThrow();

        assertThat(stretch.minutesOutsideHours()).isEqualTo(leastWorstStretch(pair));
        for (ProposedOccurrence occurrence : placed.occurrences()) {
            if (occurrence.isHeld()) {
                int yours = stretch(pair.mine(), occurrence.start());
                int theirs = stretch(pair.colleague().hours(), occurrence.start());
                assertThat(yours).isBetween(0, stretch.yours());
                assertThat(theirs).isBetween(0, stretch.theirs());
                assertThat(yours + theirs).isLessThanOrEqualTo(stretch.minutesOutsideHours());
            }
        }
    }

    /**
     * Over every weekly slot (weekday and quarter hour on the account's clock) with the fewest
     * occurrences that cannot be stretched: the least stretch of its worst occurrence.
     */
    private static int leastWorstStretch(Pair pair) {
        int fewestClashes = Integer.MAX_VALUE;
        int least = Integer.MAX_VALUE;
        for (DayOfWeek weekday : pair.mine().workingDays()) {
            for (int quarter = 0; quarter < 96; quarter++) {
                LocalTime time = LocalTime.ofSecondOfDay(quarter * 900L);
                int clashes = 0;
                int worst = -1;
                for (ZonedDateTime start : starts(pair)) {
                    if (start.getDayOfWeek() != weekday || !start.toLocalTime().equals(time)) {
                        continue;
                    }
                    int yours = stretch(pair.mine(), start);
                    int theirs = stretch(pair.colleague().hours(), start);
                    if (yours < 0 || theirs < 0) {
                        clashes++;
                    } else {
                        worst = Math.max(worst, yours + theirs);
                    }
                }
                if (worst >= 0 && (clashes < fewestClashes || clashes == fewestClashes && worst < least)) {
                    fewestClashes = clashes;
                    least = worst;
                }
            }
        }
        return least;
    }

    /** Every quarter-hour start on the account's clock from the earliest start to the end of the horizon. */
    private static List<ZonedDateTime> starts(Pair pair) {
        List<ZonedDateTime> starts = new ArrayList<>();
        ZoneId zone = pair.mine().zone();
        for (LocalDate date = pair.plan().earliest().toLocalDate(); !date.isAfter(pair.plan().horizonEnd().toLocalDate());
                date = date.plusDays(1)) {
            for (int quarter = 0; quarter < 96; quarter++) {
                LocalTime time = LocalTime.ofSecondOfDay(quarter * 900L);
                ZonedDateTime start = ZonedDateTime.of(date, time, zone);
                if (start.toLocalTime().equals(time) && !start.isBefore(pair.plan().earliest())
                        && !start.plus(LENGTH).isAfter(pair.plan().horizonEnd())) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    /** Minutes a touch-base at {@code start} lies outside the hours on that person's clock; -1 if it cannot. */
    private static int stretch(WorkingHours hours, ZonedDateTime start) {
        ZonedDateTime from = start.withZoneSameInstant(hours.zone());
        ZonedDateTime to = start.plus(LENGTH).withZoneSameInstant(hours.zone());
        boolean sameDay = to.toLocalDate().equals(from.toLocalDate()) || to.toLocalTime().equals(LocalTime.MIDNIGHT);
        int best = -1;
        for (TimeWindow window : hours.windowsOn(from.getDayOfWeek())) {
            long end = to.toLocalDate().equals(from.toLocalDate()) ? to.toLocalTime().toSecondOfDay() : 86_400;
            long early = Math.max(0, window.start().toSecondOfDay() - from.toLocalTime().toSecondOfDay());
            long late = Math.max(0, end - window.end().toSecondOfDay());
            int minutes = (int) ((early + late) / 60);
            best = best < 0 ? minutes : Math.min(best, minutes);
        }
        return !sameDay || best > 180 ? -1 : best;
    }
}
