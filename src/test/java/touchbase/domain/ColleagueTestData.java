package touchbase.domain;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Builds colleagues for tests: {@code aColleague().named("Ana").inZone("Asia/Tokyo").build()}. */
public final class ColleagueTestData {

    private String name = "Ana";
    private String id;
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private Cadence cadence = Cadence.weekly();
    private Optional<WorkingHours> hours = Optional.empty();
    private Preferences preferences = Preferences.none();
    private int priority;
    private boolean paused;

    private ColleagueTestData() {
    }

    public static ColleagueTestData aColleague() {
        return new ColleagueTestData();
    }

    public ColleagueTestData named(String displayName) {
        this.name = displayName;
        return this;
    }

    public ColleagueTestData withId(String colleagueId) {
        this.id = colleagueId;
        return this;
    }

    public ColleagueTestData inZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    public ColleagueTestData meeting(Cadence every) {
        this.cadence = every;
        return this;
    }

    public ColleagueTestData working(WorkingHours workingHours) {
        this.hours = Optional.of(workingHours);
        return this;
    }

    public ColleagueTestData preferring(Preferences wanted) {
        this.preferences = wanted;
        return this;
    }

    public ColleagueTestData withPriority(int value) {
        this.priority = value;
        return this;
    }

    public ColleagueTestData paused() {
        this.paused = true;
        return this;
    }

    public Colleague build() {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
        return new Colleague(id == null ? "c-" + slug : id, slug + "@example.com", name, zone, cadence, hours,
                preferences, priority, paused, "");
    }
}
