package touchbase.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone the account holds touch-bases with. Without working hours of their own, a colleague is
 * taken to work Monday to Friday 09:00 to 17:00 in their zone. A higher {@code priority} is planned
 * first; a paused colleague is not planned. {@code timeZoneSource} says whether the zone was given,
 * inferred from their calendar or assumed to be the account's.
 */
public record Colleague(
        String id,
        String email,
        String displayName,
        ZoneId zone,
        Cadence cadence,
        Optional<WorkingHours> workingHours,
        Preferences preferences,
        int priority,
        boolean paused,
        String notes,
        TimeZoneSource timeZoneSource) {

    public Colleague {
        requireText(id, "id");
        requireText(email, "email");
        if (!email.contains("@")) {
            throw new IllegalArgumentException("email must contain @, got " + email);
        }
        requireText(displayName, "displayName");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        Objects.requireNonNull(workingHours, "workingHours must not be null");
        Objects.requireNonNull(preferences, "preferences must not be null");
        notes = notes == null ? "" : notes;
        if (notes.length() > 4000) {
            throw new IllegalArgumentException("notes must be at most 4000 characters, got " + notes.length());
        }
        Objects.requireNonNull(timeZoneSource, "timeZoneSource must not be null");
    }

    /** A colleague whose zone was given by a person. */
    public Colleague(String id, String email, String displayName, ZoneId zone, Cadence cadence,
            Optional<WorkingHours> workingHours, Preferences preferences, int priority, boolean paused, String notes) {
        this(id, email, displayName, zone, cadence, workingHours, preferences, priority, paused, notes,
                TimeZoneSource.GIVEN);
    }

    /** An active colleague with default hours, no preferences and priority 0. */
    public static Colleague of(String id, String email, String displayName, ZoneId zone, Cadence cadence) {
        return new Colleague(id, email, displayName, zone, cadence, Optional.empty(), Preferences.none(), 0, false, "");
    }

    /** Their own working hours, or Monday to Friday 09:00 to 17:00 in their zone. */
    public WorkingHours hours() {
        return workingHours.orElseGet(() -> WorkingHours.standard(zone));
    }

    public Colleague withWorkingHours(WorkingHours hours) {
        return new Colleague(id, email, displayName, zone, cadence, Optional.of(hours), preferences, priority, paused, notes, timeZoneSource);
    }

    public Colleague withPreferences(Preferences wanted) {
        return new Colleague(id, email, displayName, zone, cadence, workingHours, wanted, priority, paused, notes, timeZoneSource);
    }

    public Colleague withPriority(int newPriority) {
        return new Colleague(id, email, displayName, zone, cadence, workingHours, preferences, newPriority, paused, notes, timeZoneSource);
    }

    public Colleague withPaused(boolean isPaused) {
        return new Colleague(id, email, displayName, zone, cadence, workingHours, preferences, priority, isPaused, notes, timeZoneSource);
    }

    public Colleague withCadence(Cadence newCadence) {
        return new Colleague(id, email, displayName, zone, newCadence, workingHours, preferences, priority, paused, notes, timeZoneSource);
    }

    public Colleague withNotes(String text) {
        return new Colleague(id, email, displayName, zone, cadence, workingHours, preferences, priority, paused, text, timeZoneSource);
    }

    public Colleague withEmail(String address) {
        return new Colleague(id, address, displayName, zone, cadence, workingHours, preferences, priority, paused, notes, timeZoneSource);
    }

    public Colleague withDisplayName(String name) {
        return new Colleague(id, email, name, zone, cadence, workingHours, preferences, priority, paused, notes, timeZoneSource);
    }

    /** This colleague in a zone a person gave. */
    public Colleague withZone(ZoneId newZone) {
        return withZone(newZone, TimeZoneSource.GIVEN);
    }

    /** This colleague in a zone, saying where the zone came from. */
    public Colleague withZone(ZoneId newZone, TimeZoneSource source) {
        return new Colleague(id, email, displayName, newZone, cadence, workingHours, preferences, priority, paused, notes, source);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
