package touchbase.storage;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import touchbase.colleagues.Colleagues;
import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.Colleague;

/**
 * Colleagues in the {@code colleagues} table, their own working hours in
 * {@code colleague_working_hours}. Emails are stored lower-cased, so they come back lower-cased and
 * are unique per account whatever their case. Removing a colleague whose series stay as history
 * keeps a row marked deleted (with its email replaced) for those series to point at.
 */
public final class JdbiColleagues implements Colleagues {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiColleagues(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public List<Colleague> all(String accountId) {
        return jdbi.withHandle(h -> ColleagueRows.select(h, "account_id = :account", Map.of("account", accountId)));
    }

    @Override
    public Optional<Colleague> find(String accountId, String colleagueId) {
        return one(Map.of("account", accountId, "id", colleagueId), "account_id = :account AND id = :id");
    }

    @Override
    public Optional<Colleague> findByEmail(String accountId, String email) {
        return one(Map.of("account", accountId, "email", normalised(email)), "account_id = :account AND email = :email");
    }

    @Override
    public void save(String accountId, Colleague colleague) {
        String email = normalised(colleague.email());
        try {
            jdbi.useTransaction(h -> {
                if (otherWithEmail(h, accountId, colleague.id(), email)) {
                    throw new DuplicateColleague(accountId, email);
                }
                upsert(h, accountId, colleague, email);
            });
        } catch (JdbiException e) {
            if (jdbi.withHandle(h -> otherWithEmail(h, accountId, colleague.id(), email))) {
                throw new DuplicateColleague(accountId, email);
            }
            throw StorageException.cannot("save colleague " + colleague.id(), e);
        }
    }

    @Override
    public List<String> accountsWithColleagues() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT account_id FROM colleagues ORDER BY account_id")
                .mapTo(String.class).list());
    }

    @Override
    public void delete(String accountId, String colleagueId) {
        Map<String, ?> params = Map.of("account", accountId, "id", colleagueId);
        jdbi.useTransaction(h -> {
            if (ColleagueRows.select(h, "account_id = :account AND id = :id", params).isEmpty()) {
                return;
            }
            WorkingHoursRows.COLLEAGUE.delete(h, colleagueId);
            int removed = h.createUpdate("DELETE FROM colleagues WHERE id = :id "
                            + "AND NOT EXISTS (SELECT 1 FROM touch_base_series s WHERE s.colleague_id = :id)")
                    .bind("id", colleagueId).execute();
            if (removed == 0) {
                h.createUpdate("UPDATE colleagues SET deleted_at = :now, updated_at = :now, email = :tombstone, "
                                + "working_hours_zone = NULL WHERE id = :id")
                        .bind("now", Timestamps.text(clock.instant())).bind("tombstone", "deleted:" + colleagueId)
                        .bind("id", colleagueId).execute();
            }
        });
    }

    private Optional<Colleague> one(Map<String, ?> params, String condition) {
        return jdbi.withHandle(h -> ColleagueRows.select(h, condition, params).stream().findFirst());
    }

    private void upsert(Handle h, String accountId, Colleague c, String email) {
        int stored = h.createUpdate("INSERT INTO colleagues (id, account_id, email, display_name, time_zone, cadence, "
                        + "preferred_days, preferred_times, priority, paused, notes, working_hours_zone, time_zone_source, "
                        + "created_at, updated_at) VALUES (:id, :account, :email, :name, :zone, :cadence, :days, :times, "
                        + ":priority, :paused, :notes, :hoursZone, :zoneSource, :now, :now) "
                        + "ON CONFLICT (id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name, "
                        + "time_zone = excluded.time_zone, time_zone_source = excluded.time_zone_source, "
                        + "cadence = excluded.cadence, "
                        + "preferred_days = excluded.preferred_days, preferred_times = excluded.preferred_times, "
                        + "priority = excluded.priority, paused = excluded.paused, notes = excluded.notes, "
                        + "working_hours_zone = excluded.working_hours_zone, updated_at = excluded.updated_at, "
                        + "deleted_at = NULL WHERE colleagues.account_id = excluded.account_id")
                .bind("id", c.id())
                .bind("account", accountId)
                .bind("email", email)
                .bind("name", c.displayName())
                .bind("zone", c.zone().getId())
                .bind("zoneSource", c.timeZoneSource().wireName())
                .bind("cadence", c.cadence().toRRule())
                .bind("days", TextColumns.days(c.preferences().days()))
                .bind("times", TextColumns.windows(c.preferences().times()))
                .bind("priority", c.priority())
                .bind("paused", c.paused())
                .bind("notes", c.notes())
                .bind("hoursZone", c.workingHours().map(hours -> hours.zone().getId()).orElse(null))
                .bind("now", Timestamps.text(clock.instant()))
                .execute();
        if (stored == 0) {
            throw new StorageException("colleague id " + c.id() + " belongs to another account");
        }
        c.workingHours().ifPresentOrElse(hours -> WorkingHoursRows.COLLEAGUE.replace(h, c.id(), hours),
                () -> WorkingHoursRows.COLLEAGUE.delete(h, c.id()));
    }

    private static boolean otherWithEmail(Handle h, String accountId, String colleagueId, String email) {
        return h.createQuery("SELECT COUNT(*) FROM colleagues WHERE account_id = :account AND email = :email "
                        + "AND id <> :id")
                .bind("account", accountId).bind("email", email).bind("id", colleagueId)
                .mapTo(Integer.class).one() > 0;
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
