package touchbase.google.emulator.calendar.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;

/**
 * All calendars' events in memory. Every change takes the next store revision; a sync token
 * names a calendar and a revision, and stays valid until {@link #invalidateSyncTokens()}.
 * Callers synchronize on the store for a whole request.
 */
public final class CalendarStore {

    private final EmulatorSeed seed;
    private final Clock clock;
    private final Map<String, Map<String, StoredEvent>> calendars = new LinkedHashMap<>();
    private long revision;
    private long generation = 1;

    public CalendarStore(EmulatorSeed seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    public EmulatorSeed seed() {
        return seed;
    }

    Clock clock() {
        return clock;
    }

    public ZoneId zoneOf(String calendarId) {
        return seed.person(calendarId).map(EmulatedPerson::zone).orElse(seed.account().zone());
    }

    long nextRevision() {
        return ++revision;
    }

    long revision() {
        return revision;
    }

    List<StoredEvent> events(String calendarId) {
        return List.copyOf(calendar(calendarId).values());
    }

    public List<StoredEvent> allEvents() {
        List<StoredEvent> all = new ArrayList<>();
        calendars.values().forEach(c -> all.addAll(c.values()));
        return all;
    }

    Optional<StoredEvent> find(String calendarId, String eventId) {
        return Optional.ofNullable(calendar(calendarId).get(eventId));
    }

    void put(StoredEvent event) {
        calendar(event.calendarId).put(event.id(), event);
    }

    private Map<String, StoredEvent> calendar(String calendarId) {
        return calendars.computeIfAbsent(calendarId.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>());
    }

    /** A token for "everything after now" on this calendar. */
    String syncToken(String calendarId, long atRevision) {
        String raw = calendarId.toLowerCase(Locale.ROOT) + "\n" + atRevision + "\n" + generation;
        return "CPD" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The revision a sync token was issued at, or 410 {@code fullSyncRequired} when it is unknown or expired. */
    long revisionOf(String token, String calendarId) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.substring(3)), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n");
            if (token.startsWith("CPD") && parts.length == 3 && parts[0].equals(calendarId.toLowerCase(Locale.ROOT))
                    && Long.parseLong(parts[2]) == generation) {
                return Long.parseLong(parts[1]);
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new ApiException(410, "calendar", "fullSyncRequired",
                "Sync token is no longer valid, a full sync is required.");
    }

    void invalidateSyncTokens() {
        generation++;
    }
}
