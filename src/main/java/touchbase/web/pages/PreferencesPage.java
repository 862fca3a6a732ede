package touchbase.web.pages;

import java.util.List;
import touchbase.web.Shell;

/**
 * The person's planning preferences (time zone, working hours per weekday, caps, buffer, notice,
 * defaults for new colleagues and invites), last contact's grace and meeting titles when
 * {@code lastContact}, and the account area (Disconnect Google Calendar).
 */
public record PreferencesPage(Shell shell, Form form, List<Day> days, boolean lastContact) {

    public List<String> zones() {
        return Choices.ZONES;
    }

    public List<String> cadences() {
        return Choices.CADENCES;
    }

    public List<Integer> durations() {
        return PreferencePages.DURATIONS;
    }

    /** One weekday's working hours as the form shows them. */
    public record Day(String key, String label, boolean works, String start, String end) {
    }
}
