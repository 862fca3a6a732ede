package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import touchbase.domain.OccurrenceChange;

/**
 * Rows of {@code occurrence_exceptions}: each start as its UTC instant plus the zone it was in, so
 * the key is the instant (the same occurrence however its time was written) and the zoned time
 * reads back as it was saved.
 */
final class OccurrenceChangeRows {

    private OccurrenceChangeRows() {
    }

    static void upsert(Handle h, OccurrenceChange change, Instant now) {
        h.createUpdate("INSERT INTO occurrence_exceptions (series_id, original_start, original_zone, kind, new_start, "
                        + "new_zone, reason, created_at) VALUES (:series, :original, :originalZone, :kind, :newStart, "
                        + ":newZone, :reason, :now) ON CONFLICT (series_id, original_start) DO UPDATE SET "
                        + "original_zone = excluded.original_zone, kind = excluded.kind, "
                        + "new_start = excluded.new_start, new_zone = excluded.new_zone, reason = excluded.reason")
                .bind("series", change.seriesId())
                .bind("original", Timestamps.text(change.originalStart().toInstant()))
                .bind("originalZone", change.originalStart().getZone().getId())
                .bind("kind", change.kind().name().toLowerCase(Locale.ROOT))
                .bind("newStart", change.newStart().map(t -> Timestamps.text(t.toInstant())).orElse(null))
                .bind("newZone", change.newStart().map(t -> t.getZone().getId()).orElse(null))
                .bind("reason", change.reason())
                .bind("now", Timestamps.text(now))
                .execute();
    }

    static OccurrenceChange map(ResultSet row, StatementContext ctx) throws SQLException {
        String newStart = row.getString("new_start");
        String newZone = row.getString("new_zone");
        String reason = row.getString("reason");
        return new OccurrenceChange(
                row.getString("series_id"),
                TextColumns.zoned(row.getString("original_start"), row.getString("original_zone")),
                OccurrenceChange.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(newStart).map(t -> TextColumns.zoned(t, newZone)),
                reason == null ? "" : reason);
    }
}
