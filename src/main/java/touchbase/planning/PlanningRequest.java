package touchbase.planning;

import java.util.List;
import java.util.Objects;
import touchbase.domain.Colleague;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;

/**
 * What to plan: the account's calendar id, working hours (whose zone is the account's zone, in
 * which occurrences are expanded and caps are counted), preferences and rules; the colleagues; and
 * the touch-bases already booked.
 */
public record PlanningRequest(
        String accountCalendarId,
        WorkingHours accountHours,
        Preferences accountPreferences,
        PlanningRules rules,
        List<Colleague> colleagues,
        List<BookedOccurrence> booked) {

    public PlanningRequest {
        if (accountCalendarId == null || accountCalendarId.isBlank()) {
            throw new IllegalArgumentException("accountCalendarId must not be blank");
        }
        Objects.requireNonNull(accountHours, "accountHours must not be null");
        Objects.requireNonNull(accountPreferences, "accountPreferences must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        colleagues = List.copyOf(Objects.requireNonNull(colleagues, "colleagues must not be null"));
        booked = List.copyOf(Objects.requireNonNull(booked, "booked must not be null"));
    }

    public PlanningRequest withColleagues(List<Colleague> others) {
        return new PlanningRequest(accountCalendarId, accountHours, accountPreferences, rules, others, booked);
    }
}
