package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;

/**
 * Rows of {@code touch_base_series}. The first start is stored as wall-clock date-time plus zone,
 * as DTSTART;TZID is (RFC 5545 §3.3.5): a time the clocks pass twice reads back as the first of
 * the two. The duration is kept to the minute, the status as its wire name.
 */
final class SeriesRows {

    static final String SELECT = "SELECT * FROM touch_base_series ";

    private SeriesRows() {
    }

    /** Inserts or updates the series; a series id that belongs to another account is refused. */
    static void upsert(Handle h, TouchBase s) {
        int stored = h.createUpdate("INSERT INTO touch_base_series (id, account_id, colleague_id, rrule, first_start, time_zone, "
                        + "duration_minutes, status, status_reason, google_event_id, generation, ical_uid, sequence, "
                        + "with_meet, meet_uri, replaces_series, created_at, updated_at, group_id, single_event) VALUES (:id, :account, "
                        + ":colleague, :rrule, :start, :zone, :duration, :status, :reason, :eventId, :generation, "
                        + ":uid, :sequence, :meet, :meetUri, :replaces, :created, :updated, :group, :single) "
                        + "ON CONFLICT (id) DO UPDATE SET "
                        + "colleague_id = excluded.colleague_id, rrule = excluded.rrule, "
                        + "first_start = excluded.first_start, time_zone = excluded.time_zone, "
                        + "duration_minutes = excluded.duration_minutes, status = excluded.status, "
                        + "status_reason = excluded.status_reason, google_event_id = excluded.google_event_id, "
                        + "generation = excluded.generation, ical_uid = excluded.ical_uid, "
                        + "sequence = excluded.sequence, with_meet = excluded.with_meet, meet_uri = excluded.meet_uri, "
                        + "replaces_series = excluded.replaces_series, created_at = excluded.created_at, "
                        + "updated_at = excluded.updated_at, group_id = excluded.group_id WHERE touch_base_series.account_id = excluded.account_id")
                .bind("id", s.id())
                .bind("account", s.accountId())
                .bind("colleague", s.colleagueId())
                .bind("rrule", s.rrule())
                .bind("start", s.firstStart().toLocalDateTime().toString())
                .bind("zone", s.firstStart().getZone().getId())
                .bind("duration", Math.toIntExact(s.duration().toMinutes()))
                .bind("status", s.status().wireName())
                .bind("reason", s.statusReason().orElse(null))
                .bind("eventId", s.googleEventId().orElse(null))
                .bind("generation", s.generation())
                .bind("uid", s.iCalUid().orElse(null))
                .bind("sequence", s.sequence())
                .bind("meet", s.withMeet())
                .bind("meetUri", s.meetUri().orElse(null))
                .bind("replaces", s.replacesSeriesId().orElse(null))
                .bind("created", Timestamps.text(s.createdAt()))
                .bind("updated", Timestamps.text(s.updatedAt()))
                .bind("group", s.groupId().orElse(null))
                .bind("single", s.isSingle())
                .execute();
        if (stored == 0) {
            throw new StorageException("series " + s.id() + " belongs to another account");
        }
    }

    static TouchBase map(ResultSet row, StatementContext ctx) throws SQLException {
        ZonedDateTime firstStart = LocalDateTime.parse(row.getString("first_start"))
                .atZone(ZoneId.of(row.getString("time_zone")));
        return new TouchBase(
                row.getString("id"),
                row.getString("account_id"),
                row.getString("colleague_id"),
                SeriesRule.parse(row.getString("rrule"), firstStart),
                firstStart,
                Duration.ofMinutes(row.getLong("duration_minutes")),
                TouchBase.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(row.getString("status_reason")),
                Optional.ofNullable(row.getString("google_event_id")),
                row.getInt("generation"),
                Optional.ofNullable(row.getString("ical_uid")),
                row.getInt("sequence"),
                row.getBoolean("with_meet"),
                Optional.ofNullable(row.getString("meet_uri")),
                Optional.ofNullable(row.getString("replaces_series")),
                Timestamps.instant(row.getString("created_at")),
                Timestamps.instant(row.getString("updated_at")),
                Optional.ofNullable(row.getString("group_id")));
    }
}
