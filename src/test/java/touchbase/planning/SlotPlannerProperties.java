package touchbase.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/** Invariants of every plan over random calendars, zones, cadences and rules. */
class SlotPlannerProperties {

    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Asia/Tokyo", "Australia/Adelaide", "Europe/London", "America/Los_Angeles", "Asia/Kathmandu");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    /** One random planning problem. */
    record Case(Clock clock, PlanningRequest request, Map<String, FreeBusy> freeBusy) {
        Plan plan() {
            return new SlotPlanner(clock).plan(request, freeBusy);
        }

        ZoneId zone() {
            return request.accountHours().zone();
        }
    }

    record ColleagueSpec(String zone, Cadence.Kind kind, int priority, boolean unknown, boolean splitHours,
            boolean prefersMornings, int pinnedDay) {
    }

    record Busy(int owner, int offsetMinutes, int lengthMinutes) {
    }

    @Property(tries = 100)
    void heldOccurrencesNeverOverlapAnyonesBusyTimePlusBuffers(@ForAll("cases") Case given) {
        Plan plan = given.plan();
        PlanningRules rules = given.request().rules();
        List<Interval> accountBusy = new ArrayList<>(given.freeBusy().get(PlanningScenario.ME).busy());
        given.request().booked().forEach(booked -> accountBusy.add(booked.when()));
        List<Interval> allHeld = held(plan).map(ProposedOccurrence::interval).toList();

        for (Proposal.Placed placed : placed(plan)) {
            FreeBusy theirs = given.freeBusy().get(placed.colleague().email());
            for (ProposedOccurrence occurrence : placed.occurrences()) {
                if (!occurrence.isHeld()) {
                    continue;
                }
                Interval guarded = occurrence.interval().widen(rules.bufferBefore(), rules.bufferAfter());
                assertThat(accountBusy).noneMatch(guarded::overlaps);
                assertThat(theirs.busy()).noneMatch(guarded::overlaps);
                assertThat(allHeld.stream().filter(other -> !other.equals(occurrence.interval())))
                        .noneMatch(guarded::overlaps);
            }
        }
    }

    @Property(tries = 100)
    void heldOccurrencesLieInBothPeoplesWorkingHoursWithinTheHorizonUnlessStretched(@ForAll("cases") Case given) {
        Plan plan = given.plan();
        WorkingHours account = given.request().accountHours();

        for (Proposal.Placed placed : placed(plan).stream().filter(p -> !p.isStretch()).toList()) {
            for (ProposedOccurrence occurrence : placed.occurrences()) {
                if (!occurrence.isHeld()) {
                    continue;
                }
                Interval when = occurrence.interval();
                assertThat(account.contains(when.start(), when.end())).as("account hours %s", when).isTrue();
                assertThat(placed.colleague().hours().contains(when.start(), when.end()))
                        .as("colleague hours %s", when).isTrue();
                assertThat(when.start()).isAfterOrEqualTo(plan.earliest().toInstant());
                assertThat(when.end()).isBeforeOrEqualTo(plan.horizonEnd().toInstant());
            }
        }
    }

    @Property(tries = 100)
    void capsPerDayAndWeekAreNeverExceeded(@ForAll("cases") Case given) {
        Plan plan = given.plan();
        PlanningRules rules = given.request().rules();
        List<LocalDate> plannedDays = held(plan).map(o -> o.start().withZoneSameInstant(given.zone()).toLocalDate()).toList();
        List<LocalDate> allDays = new ArrayList<>(plannedDays);
        given.request().booked().forEach(b -> allDays.add(b.when().start().atZone(given.zone()).toLocalDate()));

        Map<LocalDate, Long> perDay = allDays.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<LocalDate, Long> perWeek = allDays.stream().collect(Collectors.groupingBy(SlotPlannerProperties::monday, Collectors.counting()));
        for (LocalDate day : plannedDays) {
            assertThat(perDay.get(day)).as("touch-bases on %s", day).isLessThanOrEqualTo(rules.maxPerDay());
            assertThat(perWeek.get(monday(day))).as("touch-bases in the week of %s", day).isLessThanOrEqualTo(rules.maxPerWeek());
        }
    }

    @Property(tries = 40)
    void theSameInputGivesTheSamePlanTwiceAndInAnyOrder(@ForAll("cases") Case given, @ForAll long seed) {
        List<Colleague> shuffled = new ArrayList<>(given.request().colleagues());
        Collections.shuffle(shuffled, new Random(seed));
        Case reordered = new Case(given.clock(), given.request().withColleagues(shuffled), given.freeBusy());

        Plan first = given.plan();

        assertThat(given.plan()).isEqualTo(first);
        assertThat(reordered.plan()).isEqualTo(first);
    }

    @Property(tries = 40)
    void everyColleagueGetsAProposalAndEveryRefusalAReason(@ForAll("cases") Case given) {
        Plan plan = given.plan();

        assertThat(plan.proposals()).hasSameSizeAs(given.request().colleagues());
        assertThat(plan.proposals()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(placed(plan)).allSatisfy(p -> assertThat(p.occurrences()).anyMatch(ProposedOccurrence::isHeld));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> zones = Arbitraries.of(ZONES);
        Arbitrary<Integer> nowMinutes = Arbitraries.integers().between(0, 365 * 24 * 60);
        Arbitrary<PlanningRules> rules = Combinators.combine(
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 72), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(3, 9),
                Arbitraries.of(15, 30, 45, 60))
                .as((before, after, notice, perDay, perWeek, weeks, minutes) -> PlanningRules.defaults()
                        .withBuffers(Duration.ofMinutes(before), Duration.ofMinutes(after))
                        .withMinimumNotice(Duration.ofHours(notice)).withCaps(perDay, perWeek)
                        .withHorizon(Period.ofWeeks(weeks)).withDuration(Duration.ofMinutes(minutes)));
        Arbitrary<ColleagueSpec> colleague = Combinators.combine(zones, Arbitraries.of(Cadence.Kind.class),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5).map(n -> n == 0),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 9))
                .as(ColleagueSpec::new);
        Arbitrary<List<Busy>> busy = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 9 * 7 * 24 * 60), Arbitraries.integers().between(10, 240))
                .as(Busy::new).list().ofMaxSize(900);
        Arbitrary<List<Integer>> booked = Arbitraries.integers().between(0, 9 * 7 * 24 * 4).list().ofMaxSize(4);
        return Combinators.combine(zones, nowMinutes, rules, colleague.list().ofMinSize(1).ofMaxSize(6), busy, booked)
                .as(SlotPlannerProperties::toCase);
    }

    private static Case toCase(String zone, int nowMinutes, PlanningRules rules, List<ColleagueSpec> specs,
            List<Busy> busy, List<Integer> booked) {
        Instant now = BASE.plus(nowMinutes, ChronoUnit.MINUTES);
        ZoneId accountZone = ZoneId.of(zone);
        List<Colleague> colleagues = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            colleagues.add(colleague(i, specs.get(i)));
        }
        Map<String, List<Interval>> intervals = new HashMap<>();
        for (Busy b : busy) {
            String owner = b.owner() == 0 ? PlanningScenario.ME
                    : b.owner() <= colleagues.size() ? colleagues.get(b.owner() - 1).email() : null;
            if (owner != null) {
                intervals.computeIfAbsent(owner, k -> new ArrayList<>()).add(Interval.of(
                        now.plus(b.offsetMinutes(), ChronoUnit.MINUTES), Duration.ofMinutes(b.lengthMinutes())));
            }
        }
        Map<String, FreeBusy> freeBusy = new HashMap<>();
        freeBusy.put(PlanningScenario.ME, FreeBusy.known(PlanningScenario.ME, intervals.getOrDefault(PlanningScenario.ME, List.of())));
        for (int i = 0; i < colleagues.size(); i++) {
            String email = colleagues.get(i).email();
            freeBusy.put(email, specs.get(i).unknown() ? FreeBusy.unknown(email, "notFound")
                    : FreeBusy.known(email, intervals.getOrDefault(email, List.of())));
        }
        List<BookedOccurrence> bookings = booked.stream().map(quarter -> new BookedOccurrence("old",
                Interval.of(now.plus(quarter * 15L, ChronoUnit.MINUTES), rules.duration()))).toList();
        PlanningRequest request = new PlanningRequest(PlanningScenario.ME, WorkingHours.standard(accountZone),
                Preferences.none(), rules, colleagues, bookings);
        return new Case(Clock.fixed(now, accountZone), request, freeBusy);
    }

    private static Colleague colleague(int index, ColleagueSpec spec) {
        ZoneId zone = ZoneId.of(spec.zone());
        Cadence cadence = Cadence.of(spec.kind());
        if (spec.pinnedDay() >= 1 && spec.pinnedDay() <= 5) {
            DayOfWeek day = DayOfWeek.of(spec.pinnedDay());
            cadence = cadence.kind().isMonthly() ? cadence.on(spec.pinnedDay() == 5 ? -1 : spec.pinnedDay(), day)
                    : cadence.on(day);
        }
        Colleague colleague = Colleague.of("c" + index, "person" + index + "@example.com", "Person " + index, zone,
                cadence).withPriority(spec.priority());
        if (spec.splitHours()) {
            colleague = colleague.withWorkingHours(WorkingHours.weekdays(zone, TimeWindow.of("07:00", "12:00"),
                    TimeWindow.of("13:00", "19:00")));
        }
        if (spec.prefersMornings()) {
            colleague = colleague.withPreferences(Preferences.times(TimeWindow.of("08:00", "12:00")));
        }
        return colleague;
    }

    private static List<Proposal.Placed> placed(Plan plan) {
        return plan.proposals().stream().filter(Proposal.Placed.class::isInstance).map(Proposal.Placed.class::cast).toList();
    }

    private static java.util.stream.Stream<ProposedOccurrence> held(Plan plan) {
        return placed(plan).stream().flatMap(p -> p.occurrences().stream()).filter(ProposedOccurrence::isHeld);
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }
}
