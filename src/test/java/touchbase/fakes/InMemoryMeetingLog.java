package touchbase.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.ContactSettings;
import touchbase.upkeep.MeetingLog;
import touchbase.upkeep.PastMeeting;

/** {@link MeetingLog} and {@link ContactSettings} in memory, as the storage contract describes them. */
public final class InMemoryMeetingLog implements MeetingLog, ContactSettings {

    private final Map<String, Map<String, PastMeeting>> meetings = new HashMap<>();
    private final Map<String, ContactPreferences> preferences = new HashMap<>();

    @Override
    public synchronized void record(String accountId, List<PastMeeting> read) {
        Map<String, PastMeeting> ofAccount = meetings.computeIfAbsent(accountId, id -> new LinkedHashMap<>());
        for (PastMeeting meeting : read) {
            ofAccount.remove(meeting.eventId());
            if (meeting.counts()) {
                ofAccount.put(meeting.eventId(), meeting);
            }
        }
    }

    @Override
    public synchronized void clear(String accountId) {
        meetings.remove(accountId);
    }

    @Override
    public synchronized Map<String, LastMeeting> latest(String accountId, Instant from, Instant until) {
        Map<String, LastMeeting> latest = new HashMap<>();
        meetings.getOrDefault(accountId, Map.of()).values().stream()
                .filter(m -> !m.start().orElseThrow().isBefore(from) && m.start().orElseThrow().isBefore(until))
                .sorted((a, b) -> a.start().orElseThrow().compareTo(b.start().orElseThrow()))
                .forEach(m -> m.people().forEach(email -> latest.put(email,
                        new LastMeeting(m.start().orElseThrow(), m.title()))));
        return latest;
    }

    public synchronized int size(String accountId) {
        return meetings.getOrDefault(accountId, Map.of()).size();
    }

    @Override
    public synchronized ContactPreferences of(String accountId) {
        return preferences.getOrDefault(accountId, ContactPreferences.defaults());
    }

    @Override
    public synchronized void save(String accountId, ContactPreferences chosen) {
        preferences.put(accountId, chosen);
    }
}
