package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.Preferences;
import touchbase.domain.TimeWindow;
import touchbase.domain.TimeZoneSource;
import touchbase.domain.WorkingHours;

/** Reads colleagues (rows of {@code colleagues} and their working hours) matching one condition. */
final class ColleagueRows {

    private ColleagueRows() {
    }

    /** Live colleagues matching {@code condition} (SQL on the colleagues table), ordered by name and id. */
    static List<Colleague> select(Handle handle, String condition, Map<String, ?> params) {
        String live = "deleted_at IS NULL AND " + condition;
        List<Row> rows = handle.createQuery("SELECT * FROM colleagues WHERE " + live
                        + " ORDER BY LOWER(display_name), id")
                .bindMap(params)
                .map((row, ctx) -> row(row))
                .list();
        if (rows.stream().noneMatch(r -> r.hoursZone().isPresent())) {
            return rows.stream().map(Row::colleague).toList();
        }
        Map<String, Map<DayOfWeek, List<TimeWindow>>> hours = WorkingHoursRows.COLLEAGUE.read(handle,
                "SELECT id FROM colleagues WHERE " + live, params);
        return rows.stream()
                .map(r -> r.hoursZone()
                        .map(zone -> r.colleague().withWorkingHours(
                                new WorkingHours(zone, hours.getOrDefault(r.colleague().id(), Map.of()))))
                        .orElse(r.colleague()))
                .toList();
    }

    private static Row row(ResultSet row) throws SQLException {
        Colleague colleague = new Colleague(
                row.getString("id"),
                row.getString("email"),
                row.getString("display_name"),
                ZoneId.of(row.getString("time_zone")),
                Cadence.parseRRule(row.getString("cadence")),
                Optional.empty(),
                new Preferences(TextColumns.days(row.getString("preferred_days")),
                        TextColumns.windows(row.getString("preferred_times"))),
                row.getInt("priority"),
                row.getBoolean("paused"),
                row.getString("notes"),
                TimeZoneSource.fromWire(row.getString("time_zone_source")));
        return new Row(colleague, Optional.ofNullable(row.getString("working_hours_zone")).map(ZoneId::of));
    }

    private record Row(Colleague colleague, Optional<ZoneId> hoursZone) {
    }
}
