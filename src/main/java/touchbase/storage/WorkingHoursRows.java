package touchbase.storage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import touchbase.domain.TimeWindow;
import touchbase.domain.WorkingHours;

/**
 * Working hours as one row per window ({@code day_of_week} 1 = Monday, {@code starts_at} and
 * {@code ends_at} as {@code HH:MM}) in one of the two hours tables. Windows are read back ordered by
 * their start; the zone is stored by the owner's row.
 */
enum WorkingHoursRows {
    ACCOUNT("account_working_hours", "account_id"),
    COLLEAGUE("colleague_working_hours", "colleague_id");

    private final String table;
    private final String owner;

    WorkingHoursRows(String table, String owner) {
        this.table = table;
        this.owner = owner;
    }

    /** Replaces the owner's windows with these hours' windows. */
    void replace(Handle handle, String ownerId, WorkingHours hours) {
        delete(handle, ownerId);
        var batch = handle.prepareBatch("INSERT INTO " + table + " (" + owner + ", day_of_week, starts_at, ends_at) "
                + "VALUES (:owner, :day, :start, :end)");
        hours.days().forEach((day, windows) -> windows.forEach(window -> batch
                .bind("owner", ownerId)
                .bind("day", day.getValue())
                .bind("start", TextColumns.time(window.start()))
                .bind("end", TextColumns.time(window.end()))
                .add()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    void delete(Handle handle, String ownerId) {
        handle.createUpdate("DELETE FROM " + table + " WHERE " + owner + " = :owner").bind("owner", ownerId).execute();
    }

    /**
     * The windows of every owner whose id {@code ownerIds} (a subquery, or a single parameter)
     * yields, by owner id; owners without windows are absent.
     */
    Map<String, Map<DayOfWeek, List<TimeWindow>>> read(Handle handle, String ownerIds, Map<String, ?> params) {
        Map<String, Map<DayOfWeek, List<TimeWindow>>> byOwner = new HashMap<>();
        handle.createQuery("SELECT " + owner + " AS owner, day_of_week, starts_at, ends_at FROM " + table
                        + " WHERE " + owner + " IN (" + ownerIds + ") ORDER BY day_of_week, starts_at")
                .bindMap(params)
                .map((row, ctx) -> new OwnedWindow(row.getString("owner"), DayOfWeek.of(row.getInt("day_of_week")),
                        new TimeWindow(LocalTime.parse(row.getString("starts_at")),
                                LocalTime.parse(row.getString("ends_at")))))
                .forEach(w -> byOwner.computeIfAbsent(w.owner(), o -> new EnumMap<>(DayOfWeek.class))
                        .computeIfAbsent(w.day(), d -> new ArrayList<>())
                        .add(w.window()));
        return byOwner;
    }

    /** The hours of one owner, in the zone stored with the owner. */
    WorkingHours readOne(Handle handle, String ownerId, ZoneId zone) {
        return new WorkingHours(zone, read(handle, ":owner", Map.of("owner", ownerId)).getOrDefault(ownerId, Map.of()));
    }

    private record OwnedWindow(String owner, DayOfWeek day, TimeWindow window) {
    }
}
