package touchbase.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import touchbase.domain.Colleague;
import touchbase.domain.FreeBusy;
import touchbase.domain.Interval;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;

/**
 * Given/when helpers for planner tests: an account in a zone with a settable clock, busy times
 * written as local date-times in the account's zone, and a plan at the end.
 */
public final class PlanningScenario {

    public static final String ME = "me@example.com";

    private final ZoneId zone;
    private LocalDateTime now = LocalDateTime.parse("2026-02-02T08:00");
    private WorkingHours hours;
    private Preferences preferences = Preferences.none();
    private PlanningRules rules = PlanningRules.defaults();
    private final Map<String, List<Interval>> busy = new LinkedHashMap<>();
    private final Map<String, String> unknown = new HashMap<>();
    private final List<BookedOccurrence> booked = new ArrayList<>();

    private PlanningScenario(ZoneId zone) {
        this.zone = zone;
        this.hours = WorkingHours.standard(zone);
    }

    public static PlanningScenario givenAccountIn(String zoneId) {
        return new PlanningScenario(ZoneId.of(zoneId));
    }

    public PlanningScenario at(String localDateTime) {
        this.now = LocalDateTime.parse(localDateTime);
        return this;
    }

    public PlanningScenario rules(UnaryOperator<PlanningRules> change) {
        this.rules = change.apply(rules);
        return this;
    }

    public PlanningScenario working(WorkingHours workingHours) {
        this.hours = workingHours;
        return this;
    }

    public PlanningScenario preferring(Preferences wanted) {
        this.preferences = wanted;
        return this;
    }

    public PlanningScenario accountBusy(String localStart, String localEnd) {
        return busy(ME, localStart, localEnd);
    }

    public PlanningScenario busy(Colleague colleague, String localStart, String localEnd) {
        return busy(colleague.email(), localStart, localEnd);
    }

    /** Busy every day from {@code from} to {@code to} (account wall clock) over the next year. */
    public PlanningScenario accountBusyDaily(String from, String to) {
        LocalDate first = now.toLocalDate();
        for (int day = 0; day < 370; day++) {
            LocalDate date = first.plusDays(day);
            busy(ME, date.atTime(LocalTime.parse(from)).toString(), date.atTime(LocalTime.parse(to)).toString());
        }
        return this;
    }

    public PlanningScenario unknown(Colleague colleague, String reason) {
        unknown.put(colleague.email(), reason);
        return this;
    }

    public PlanningScenario booked(String localStart) {
        booked.add(new BookedOccurrence("earlier", Interval.of(instant(localStart), rules.duration())));
        return this;
    }

    public Clock clock() {
        return Clock.fixed(now.atZone(zone).toInstant(), zone);
    }

    public PlanningRequest request(List<Colleague> colleagues) {
        return new PlanningRequest(ME, hours, preferences, rules, colleagues, booked);
    }

    public Map<String, FreeBusy> freeBusy(List<Colleague> colleagues) {
        Map<String, FreeBusy> answer = new HashMap<>();
        answer.put(ME, FreeBusy.known(ME, busy.getOrDefault(ME, List.of())));
        for (Colleague colleague : colleagues) {
            String email = colleague.email();
            answer.put(email, unknown.containsKey(email)
                    ? FreeBusy.unknown(email, unknown.get(email))
                    : FreeBusy.known(email, busy.getOrDefault(email, List.of())));
        }
        return answer;
    }

    public Plan plan(Colleague... colleagues) {
        List<Colleague> list = List.of(colleagues);
        return new SlotPlanner(clock()).plan(request(list), freeBusy(list));
    }

    public Proposal.Placed placed(Colleague colleague) {
        Proposal proposal = plan(colleague).forColleague(colleague.id()).orElseThrow();
        if (!(proposal instanceof Proposal.Placed placed)) {
            throw new AssertionError("expected a placed proposal, got: " + proposal.reason());
        }
        return placed;
    }

    public PlanningRules rules() {
        return rules;
    }

    public java.time.Instant instant(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private PlanningScenario busy(String calendar, String localStart, String localEnd) {
        busy.computeIfAbsent(calendar, id -> new ArrayList<>())
                .add(new Interval(instant(localStart), instant(localEnd)));
        return this;
    }

    public static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
