package touchbase.web.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;
import touchbase.web.BadRequest;
import touchbase.web.CadenceInput;
import touchbase.web.JsonBody;

/**
 * Account preferences read from a JSON body (written back by {@link MeAnswers.Preferences}):
 * <pre>{"timeZone": "Europe/London",
 *  "workingHours": {"MONDAY": [{"start": "09:00", "end": "17:00"}], ...},
 *  "preferredDays": ["TUESDAY"], "preferredTimes": [{"start": "10:00", "end": "12:00"}],
 *  "bufferMinutes": 10, "minimumNoticeHours": 24, "maxPerDay": 3, "maxPerWeek": 8,
 *  "defaultCadence": "every two weeks", "defaultDurationMinutes": 30, "addMeetLink": true}</pre>
 * A PUT may leave fields out: those keep their current value.
 */
public final class PreferencesInput {

    private PreferencesInput() {
    }

    /** The current settings changed by the fields present in {@code body}. */
    public static AccountSettings read(JsonBody body, AccountSettings current) {
        ZoneId zone = body.zone("timeZone").orElse(current.zone());
        WorkingHours hours = body.object("workingHours").map(json -> workingHours(json, zone, current.workingHours()))
                .orElseGet(() -> new WorkingHours(zone, current.workingHours().days()));
        Set<DayOfWeek> days = body.has("preferredDays") ? days(body) : current.preferences().days();
        List<TimeWindow> times = body.has("preferredTimes") ? windows(body, "preferredTimes")
                : current.preferences().times();
        Cadence cadence = body.text("defaultCadence").map(text -> CadenceInput.parse("defaultCadence", text))
                .orElse(current.defaultCadence());
        try {
            return new AccountSettings(hours, new Preferences(days, times),
                    body.integer("bufferMinutes", 0, 120).orElse(current.bufferMinutes()),
                    body.integer("minimumNoticeHours", 0, 720).map(h -> Duration.ofHours(h)).orElse(current.minimumNotice()),
                    body.integer("maxPerDay", 1, 20).orElse(current.maxPerDay()),
                    body.integer("maxPerWeek", 1, 100).orElse(current.maxPerWeek()),
                    cadence,
                    body.integer("defaultDurationMinutes", 10, 120).map(m -> Duration.ofMinutes(m))
                            .orElse(current.defaultDuration()),
                    body.bool("addMeetLink").orElse(current.addMeetLink()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new BadRequest(message.substring(0, Math.max(0, message.indexOf(' '))), message);
        }
    }

    /** The stored week with the weekdays given replaced (an empty list: not working that day); others kept. */
    private static WorkingHours workingHours(JsonBody json, ZoneId zone, WorkingHours current) {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        days.putAll(current.days());
        for (String key : json.fieldNames()) {
            DayOfWeek day = json.day(key, key).orElseThrow();
            List<TimeWindow> windows = windows(json, key);
            if (windows.isEmpty()) {
                days.remove(day);
            } else {
                days.put(day, windows);
            }
        }
        return new WorkingHours(zone, days);
    }

    private static Set<DayOfWeek> days(JsonBody body) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String value : body.texts("preferredDays")) {
            days.add(body.day("preferredDays", value).orElseThrow());
        }
        return days;
    }

    private static List<TimeWindow> windows(JsonBody body, String field) {
        List<TimeWindow> windows = new ArrayList<>();
        for (JsonBody window : body.objects(field)) {
            var start = window.time("start").orElseThrow(() -> new BadRequest(window.name("start"),
                    window.name("start") + " is required, e.g. \"09:00\""));
            var end = window.time("end").orElseThrow(() -> new BadRequest(window.name("end"),
                    window.name("end") + " is required, e.g. \"17:00\""));
            if (!end.isAfter(start)) {
                throw new BadRequest(window.name("end"), window.name("end") + " must be after " + window.name("start"));
            }
            windows.add(new TimeWindow(start, end));
        }
        return windows;
    }
}
