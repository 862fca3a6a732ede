package touchbase.storage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.upkeep.MeetingLog;
import touchbase.upkeep.PastMeeting;

/** The calendar's meetings for last contact in {@code past_meetings}, one row per person in each. */
public final class JdbiMeetingLog implements MeetingLog {

    private final Jdbi jdbi;

    public JdbiMeetingLog(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public void record(String accountId, List<PastMeeting> meetings) {
        if (meetings.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            for (PastMeeting meeting : meetings) {
                h.createUpdate("DELETE FROM past_meetings WHERE account_id = :account AND event_id = :event")
                        .bind("account", accountId).bind("event", meeting.eventId()).execute();
                if (!meeting.counts()) {
                    continue;
                }
                for (String email : meeting.people()) {
                    h.createUpdate("INSERT INTO past_meetings (account_id, event_id, email, started_at, title) "
                                    + "VALUES (:account, :event, :email, :start, :title)")
                            .bind("account", accountId).bind("event", meeting.eventId()).bind("email", email)
                            .bind("start", Timestamps.text(meeting.start().orElseThrow()))
                            .bind("title", meeting.title().orElse(null))
                            .execute();
                }
            }
        });
    }

    @Override
    public void clear(String accountId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM past_meetings WHERE account_id = :account")
                .bind("account", accountId).execute());
    }

    @Override
    public Map<String, LastMeeting> latest(String accountId, Instant from, Instant until) {
        Map<String, LastMeeting> latest = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT email, started_at, title FROM past_meetings "
                        + "WHERE account_id = :account AND started_at >= :from AND started_at < :until "
                        + "ORDER BY started_at, event_id")
                .bind("account", accountId)
                .bind("from", Timestamps.text(from))
                .bind("until", Timestamps.text(until))
                .map((row, ctx) -> Map.entry(row.getString("email"), new LastMeeting(
                        Timestamps.instant(row.getString("started_at")), Optional.ofNullable(row.getString("title")))))
                .forEach(entry -> latest.put(entry.getKey(), entry.getValue())));
        return latest;
    }
}
