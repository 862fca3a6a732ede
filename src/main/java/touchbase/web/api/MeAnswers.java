package touchbase.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import touchbase.upkeep.ContactPreferences;
import touchbase.domain.AccountProfile;
import touchbase.domain.AccountSettings;
import touchbase.domain.TimeWindow;
import touchbase.web.ApiCaller;

/** Who is signed in, their preferences, errors and health, as the JSON API answers them. */
public final class MeAnswers {

    private MeAnswers() {
    }

    /** {@code GET /api/me}: the account, the CSRF token for state-changing calls, demo mode and the preferences. */
    record Me(String id, String email, String displayName, boolean connected, boolean demo, String csrfToken,
            @JsonUnwrapped Preferences preferences, @JsonUnwrapped Contact contact) {
        static Me of(ApiCaller caller, boolean demo, AccountSettings settings) {
            return of(caller, demo, settings, null);
        }

        static Me of(ApiCaller caller, boolean demo, AccountSettings settings, ContactPreferences contact) {
            AccountProfile account = caller.account();
            return new Me(account.id(), account.email(), account.displayName().orElse(account.email()),
                    account.isConnected(), demo, caller.session().csrfToken(), Preferences.of(settings),
                    contact == null ? null : new Contact(contact.showMeetingTitles(), contact.graceDays(),
                            contact.lookbackDays()));
        }
    }

    /** How last contact is shown and judged: meeting titles shown or not, days of grace, days looked back. */
    record Contact(boolean showMeetingTitles, int graceDays, int lastContactDays) {
    }

    /** The planning preferences; working hours per weekday, in {@code timeZone}. */
    record Preferences(String timeZone, Map<String, List<Window>> workingHours, List<String> preferredDays,
            List<Window> preferredTimes, int bufferMinutes, long minimumNoticeHours, int maxPerDay, int maxPerWeek,
            String defaultCadence, String defaultCadenceRule, long defaultDurationMinutes, boolean addMeetLink) {
        static Preferences of(AccountSettings s) {
            Map<String, List<Window>> hours = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.put(day.name(), Window.of(s.workingHours().windowsOn(day)));
            }
            return new Preferences(s.zone().getId(), hours,
                    s.preferences().days().stream().sorted().map(DayOfWeek::name).toList(),
                    Window.of(s.preferences().times()), s.bufferMinutes(), s.minimumNotice().toHours(), s.maxPerDay(),
                    s.maxPerWeek(), s.defaultCadence().describe(), s.defaultCadence().toRRule(),
                    s.defaultDuration().toMinutes(), s.addMeetLink());
        }
    }

    /** A time of day window, {@code "09:00"} to {@code "17:00"}. */
    public record Window(String start, String end) {
        static List<Window> of(List<TimeWindow> windows) {
            return windows.stream().map(w -> new Window(w.start().toString(), w.end().toString())).toList();
        }
    }

    /** Every error: what went wrong and, when one field is to blame, its name. */
    public record Error(String error, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }

    /** {@code GET /healthz}. */
    public record Health(String status, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
    }
}
