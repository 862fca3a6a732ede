package touchbase.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import touchbase.account.AccountPreferences;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;
import touchbase.planning.zones.TimeZones;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.LastContacts;
import touchbase.web.ApiCaller;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/**
 * The Preferences page and its form, saved through {@link AccountPreferences}; with last contact, also
 * its grace ({@code graceDays}) and whether meeting titles show ({@code showMeetingTitles}).
 */
public final class PreferencePages {

    public static final List<Integer> DURATIONS = List.of(15, 20, 25, 30, 45, 60);

    private final Pages pages;
    private final PageGuard guard;
    private final AccountPreferences preferences;
    private final java.util.Optional<LastContacts> contacts;

    public PreferencePages(Pages pages, PageGuard guard, AccountPreferences preferences) {
        this(pages, guard, preferences, java.util.Optional.empty());
    }

    public PreferencePages(Pages pages, PageGuard guard, AccountPreferences preferences,
            java.util.Optional<LastContacts> contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.preferences = Objects.requireNonNull(preferences, "preferences must not be null");
    }

    public void show(Context ctx) {
        ApiCaller caller = guard.page(ctx);
        render(ctx, caller, Form.of(values(caller.accountId())));
    }

    /** The form's values: the planning preferences, then last contact's when it is wired. */
    private Map<String, String> values(String accountId) {
        Map<String, String> values = values(preferences.of(accountId));
        contacts.map(c -> c.preferences(accountId)).ifPresent(c -> {
            values.put("graceDays", String.valueOf(c.graceDays()));
            values.put("showMeetingTitles", c.showMeetingTitles() ? "on" : "");
        });
        return values;
    }

    public void save(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : values(caller.accountId()).keySet()) {
            typed.put(field, Objects.requireNonNullElse(ctx.formParam(field), "").strip());
        }
        Form form = Form.of(typed);
        Map<String, String> errors = new LinkedHashMap<>();
        ZoneId zone = zone(form, errors);
        Map<DayOfWeek, List<TimeWindow>> days = days(form, preferences.of(caller.accountId()).workingHours(), errors);
        int maxPerDay = number(form, "maxPerDay", 1, 20, errors);
        int maxPerWeek = number(form, "maxPerWeek", 1, 100, errors);
        int buffer = number(form, "bufferMinutes", 0, 120, errors);
        int notice = number(form, "minimumNoticeHours", 0, 720, errors);
        int duration = number(form, "defaultDurationMinutes", 10, 120, errors);
        int grace = contacts.isPresent() ? number(form, "graceDays", 0, 365, errors) : 0;
        if (errors.isEmpty() && maxPerWeek < maxPerDay) {
            errors.put("maxPerWeek", "The weekly cap must be at least the daily cap (" + maxPerDay + ").");
        }
        if (days.isEmpty() && !errors.containsKey("timeZone")) {
            errors.putIfAbsent("works-MONDAY", "Tick at least one working day.");
        }
        Cadence cadence = cadence(form, errors);
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, caller, new Form(typed, errors));
            return;
        }
        boolean meet = "on".equals(form.value("addMeetLink"));
        store(ctx, caller, form, current -> new AccountSettings(new WorkingHours(zone, days), current.preferences(),
                buffer, Duration.ofHours(notice), maxPerDay, maxPerWeek, cadence, Duration.ofMinutes(duration), meet));
    }

    private void store(Context ctx, ApiCaller caller, Form form, java.util.function.UnaryOperator<AccountSettings> change) {
        try {
            preferences.change(caller.accountId(), change);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, caller, form.withError(message.substring(0, Math.max(0, message.indexOf(' '))), message));
            return;
        }
        contacts.ifPresent(c -> c.changePreferences(caller.accountId(), current -> current
                .withGraceDays(Integer.parseInt(form.value("graceDays")))
                .withShowMeetingTitles("on".equals(form.value("showMeetingTitles")))));
        Pages.redirect(ctx, "/preferences", Notice.PREFERENCES_SAVED);
    }

    private static ZoneId zone(Form form, Map<String, String> errors) {
        try {
            return TimeZones.of(form.value("timeZone"));
        } catch (DateTimeException e) {
            errors.put("timeZone", "Pick a time zone from the list.");
            return null;
        }
    }

    private static Map<DayOfWeek, List<TimeWindow>> days(Form form, WorkingHours stored, Map<String, String> errors) {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!"on".equals(form.value("works-" + day))) {
                continue;
            }
            try {
                LocalTime start = LocalTime.parse(form.value("start-" + day));
                LocalTime end = LocalTime.parse(form.value("end-" + day));
                if (!end.isAfter(start)) {
                    errors.put("end-" + day, "The end must be after the start.");
                } else {
                    days.put(day, keepBreaks(stored.windowsOn(day), start, end));
                }
            } catch (DateTimeException e) {
                errors.put("start-" + day, "Give a start and an end such as 09:00 and 17:00.");
            }
        }
        return days;
    }

    private static Cadence cadence(Form form, Map<String, String> errors) {
        try {
            return Cadence.parse(form.value("defaultCadence"));
        } catch (IllegalArgumentException e) {
            errors.put("defaultCadence", "Pick a cadence from the list.");
            return Cadence.everyTwoWeeks();
        }
    }

    /**
     * The form shows a day from its first start to its last end; a day stored with a break (two
     * windows) keeps its break while those two times are left as they were.
     */
    public static List<TimeWindow> keepBreaks(List<TimeWindow> stored, LocalTime start, LocalTime end) {
        if (stored.size() > 1 && stored.get(0).start().equals(start) && stored.get(stored.size() - 1).end().equals(end)) {
            return stored;
        }
        return List.of(new TimeWindow(start, end));
    }

    private void render(Context ctx, ApiCaller caller, Form form) {
        List<PreferencesPage.Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new PreferencesPage.Day(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    "on".equals(form.value("works-" + day)), form.value("start-" + day), form.value("end-" + day)));
        }
        pages.render(ctx, "preferences.jte", new PreferencesPage(pages.shell(ctx, caller, "Preferences",
                "preferences"), form, days, contacts.isPresent()));
    }

    public static Map<String, String> values(AccountSettings s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeZone", s.zone().getId());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeWindow> windows = s.workingHours().windowsOn(day);
            values.put("works-" + day, windows.isEmpty() ? "" : "on");
            values.put("start-" + day, windows.isEmpty() ? "09:00" : windows.get(0).start().toString());
            values.put("end-" + day, windows.isEmpty() ? "17:00" : windows.get(windows.size() - 1).end().toString());
        }
        values.put("maxPerDay", String.valueOf(s.maxPerDay()));
        values.put("maxPerWeek", String.valueOf(s.maxPerWeek()));
        values.put("bufferMinutes", String.valueOf(s.bufferMinutes()));
        values.put("minimumNoticeHours", String.valueOf(s.minimumNotice().toHours()));
        values.put("defaultCadence", s.defaultCadence().open().describe());
        values.put("defaultDurationMinutes", String.valueOf(s.defaultDuration().toMinutes()));
        values.put("addMeetLink", s.addMeetLink() ? "on" : "");
        return values;
    }

    private static int number(Form form, String field, int min, int max, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(form.value(field));
            if (value < min || value > max) {
                errors.put(field, "Give a number from " + min + " to " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, "Give a whole number from " + min + " to " + max + ".");
            return min;
        }
    }
}
