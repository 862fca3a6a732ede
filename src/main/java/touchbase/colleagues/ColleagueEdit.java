package touchbase.colleagues;

import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;

/** The fields of a colleague to change; absent ones stay as they are. Text fields are checked like {@link ColleagueInput}. */
public record ColleagueEdit(
        Optional<String> email,
        Optional<String> name,
        Optional<String> timezone,
        Optional<String> cadence,
        Optional<Integer> priority,
        Optional<String> notes,
        Optional<WorkingHours> workingHours,
        Optional<Preferences> preferences) {

    public ColleagueEdit {
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(timezone, "timezone must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        Objects.requireNonNull(priority, "priority must not be null");
        Objects.requireNonNull(notes, "notes must not be null");
        Objects.requireNonNull(workingHours, "workingHours must not be null");
        Objects.requireNonNull(preferences, "preferences must not be null");
    }

    public static ColleagueEdit none() {
        return new ColleagueEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ColleagueEdit withEmail(String value) {
        return new ColleagueEdit(Optional.of(value), name, timezone, cadence, priority, notes, workingHours, preferences);
    }

    public ColleagueEdit withName(String value) {
        return new ColleagueEdit(email, Optional.of(value), timezone, cadence, priority, notes, workingHours, preferences);
    }

    public ColleagueEdit withTimezone(String value) {
        return new ColleagueEdit(email, name, Optional.of(value), cadence, priority, notes, workingHours, preferences);
    }

    public ColleagueEdit withCadence(String value) {
        return new ColleagueEdit(email, name, timezone, Optional.of(value), priority, notes, workingHours, preferences);
    }

    public ColleagueEdit withPriority(int value) {
        return new ColleagueEdit(email, name, timezone, cadence, Optional.of(value), notes, workingHours, preferences);
    }

    public ColleagueEdit withNotes(String value) {
        return new ColleagueEdit(email, name, timezone, cadence, priority, Optional.of(value), workingHours, preferences);
    }

    public ColleagueEdit withWorkingHours(WorkingHours value) {
        return new ColleagueEdit(email, name, timezone, cadence, priority, notes, Optional.of(value), preferences);
    }

    public ColleagueEdit withPreferences(Preferences value) {
        return new ColleagueEdit(email, name, timezone, cadence, priority, notes, workingHours, Optional.of(value));
    }
}
